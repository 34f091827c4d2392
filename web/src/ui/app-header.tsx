import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AppHeaderProps {
  communeName: string | null;
  province: string | null;
  demoData: boolean;
  /** Links to the other pages the role may open (see ui/app-nav.tsx), if any. */
  nav?: ReactNode;
  /** Who is signed in and the way out. */
  account: ReactNode;
}

/** The catalogue adds "Xã ", so a name that already starts with it loses it here. */
export function withoutCommunePrefix(name: string): string {
  return /^xã\s/i.test(name) ? name.replace(/^xã\s+/i, '') : name;
}

export function AppHeader({ communeName, province, demoData, nav, account }: AppHeaderProps) {
  const { t } = useTranslation();
  const name = communeName ? withoutCommunePrefix(communeName) : null;
  return (
    <header className="app-header">
      <div className="app-titles">
        <h1>{t('app.title')}</h1>
        {name && (
          <p className="app-commune">
            {province
              ? t('app.communeWithProvince', { name, province })
              : t('app.commune', { name })}
          </p>
        )}
      </div>
      {demoData && (
        <p className="demo-badge" title={t('demo.explanation')}>
          <span aria-hidden="true">⚠</span> {t('demo.badge')}
          <span className="visually-hidden">: {t('demo.explanation')}</span>
        </p>
      )}
      {nav}
      {account}
    </header>
  );
}
