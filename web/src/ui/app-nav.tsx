import './pages.css';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/auth-client';
import { Link } from '../router/link';
import { navPages, type PageKey } from '../router/pages';

interface AppNavProps {
  role: Role;
  /** The page showing, marked as current; null for an unknown address or a refusal. */
  current: PageKey | null;
}

/** Links to the pages a role may open; nothing at all for a role that has only the map. */
export function AppNav({ role, current }: AppNavProps) {
  const { t } = useTranslation();
  const links = navPages(role);
  if (links.length === 0) return null;
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {links.map((page) => (
          <li key={page.key}>
            <Link to={page.path} aria-current={page.key === current ? 'page' : undefined}>
              {t(page.navLabel)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
