import './pages.css';
import type { ReactNode } from 'react';
import type { AppConfig } from '../api/geo-types';
import { AppHeader } from './app-header';

interface PageShellProps {
  config: AppConfig | null;
  nav: ReactNode;
  account: ReactNode;
  children: ReactNode;
}

/** Every page but the map: the app header, then content that scrolls as a document does. */
export function PageShell({ config, nav, account, children }: PageShellProps) {
  return (
    <div className="page">
      <AppHeader
        communeName={config?.communeName ?? null}
        province={null}
        demoData={config?.demoData ?? false}
        nav={nav}
        account={account}
      />
      <main className="page-main">{children}</main>
    </div>
  );
}
