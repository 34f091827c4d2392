import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditPage } from './admin/audit-page';
import { EventsPage } from './admin/events-page';
import { UsersPage } from './admin/users-page';
import type { Session } from './api/auth-client';
import type { AppConfig } from './api/geo-types';
import { AccountBar } from './auth/account-bar';
import { ImportsPage } from './imports/imports-page';
import { IndicatorsPage } from './indicators/indicators-page';
import { InspectionsPage } from './inspections/inspections-page';
import { MapPage } from './map-page';
import { PlanRecordsPage } from './plan-records/plan-records-page';
import { ReportsPage } from './reports/reports-page';
import { ComparePage } from './risk/compare/compare-page';
import { PlannerPage } from './route-planner/planner-page';
import { RouteSheetPage } from './route-sheet/route-sheet-page';
import { TeamRoutePage } from './route-sheet/team-route-page';
import { matchPage, mayOpen, type PageKey } from './router/pages';
import { navigate, useLocation } from './router/use-location';
import { SupportPage } from './support/support-page';
import { AppNav } from './ui/app-nav';
import { PageMessage } from './ui/page-message';
import { PageShell } from './ui/page-shell';

interface SignedInAppProps {
  config: AppConfig | null;
  session: Session;
  onSignOut: () => Promise<void>;
}

interface PageProps {
  session: Session;
  search: string;
  config: AppConfig | null;
}

/**
 * What each page of router/pages.ts shows, below the header. The map draws its own header
 * (its layout is the map's), so it is handled apart.
 */
const pageViews: Record<Exclude<PageKey, 'map'>, (props: PageProps) => ReactNode> = {
  users: ({ session }) => <UsersPage session={session} />,
  audit: ({ search }) => <AuditPage search={search} />,
  events: () => <EventsPage />,
  inspections: ({ session, search }) => <InspectionsPage session={session} search={search} />,
  riskCompare: ({ config }) => <ComparePage config={config} />,
  routeSheet: (props) => <RouteSheetPage {...props} />,
  teamRoute: (props) => <TeamRoutePage {...props} />,
  routePlanner: ({ config, search, session }) => (
    <PlannerPage config={config} search={search} session={session} />
  ),
  support: () => <SupportPage />,
  planRecords: (props) => <PlanRecordsPage {...props} />,
  indicators: ({ search }) => <IndicatorsPage search={search} />,
  reports: ({ session, search }) => <ReportsPage session={session} search={search} />,
  imports: ({ session, config }) => <ImportsPage session={session} config={config} />,
};

/** The page at the current address, if this account may open it; else a note saying why not. */
export function SignedInApp({ config, session, onSignOut }: SignedInAppProps) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const match = matchPage(pathname);
  const allowed = match.kind === 'page' && mayOpen(session.role, match.page);
  const current = allowed ? match.page.key : null;
  const label = allowed && current !== 'map' ? t(match.page.navLabel) : null;

  useEffect(() => {
    document.title = label ? `${label} – ${t('app.title')}` : t('app.title');
  }, [label, t]);

  // Signing out on purpose starts the next person on the map, not on this page.
  async function signOut() {
    await onSignOut();
    navigate('/', { replace: true });
  }
  const nav = <AppNav role={session.role} current={current} />;
  const account = <AccountBar session={session} onSignOut={signOut} />;

  if (current === 'map') {
    return <MapPage config={config} session={session} nav={nav} account={account} />;
  }
  let content: ReactNode;
  if (match.kind === 'not-found') {
    content = (
      <PageMessage
        title={t('pageState.notFoundTitle')}
        text={t('pageState.notFound', { path: pathname })}
      />
    );
  } else if (current === null) {
    content = (
      <PageMessage
        title={t('pageState.forbiddenTitle')}
        text={t('pageState.forbidden', { role: t(`roles.${session.role}`) })}
      />
    );
  } else {
    content = pageViews[current]({ session, search, config });
  }
  return (
    <PageShell config={config} nav={nav} account={account}>
      {content}
    </PageShell>
  );
}
