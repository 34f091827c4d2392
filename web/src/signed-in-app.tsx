import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from './api/auth-client';
import type { AppConfig } from './api/geo-types';
import { AccountBar } from './auth/account-bar';
import { startServiceWorkerOnceSettled } from './offline/register-service-worker';
import { loadMapPage } from './router/page-chunks';
import { matchPage, mayOpen, type PageKey } from './router/pages';
import { navigate, useLocation } from './router/use-location';
import { AppNav } from './ui/app-nav';
import { LazyBoundary, lazyPart } from './ui/lazy-part';
import { PageMessage } from './ui/page-message';
import { PageShell } from './ui/page-shell';

// Every page is its own chunk, loaded when it is first opened: a village head's phone never
// downloads the indicators' charts, and the map's MapLibre comes only with the map.
const MapPage = lazyPart(loadMapPage, (m) => m.MapPage);
const UsersPage = lazyPart(
  () => import('./admin/users-page'),
  (m) => m.UsersPage,
);
const AuditPage = lazyPart(
  () => import('./admin/audit-page'),
  (m) => m.AuditPage,
);
const EventsPage = lazyPart(
  () => import('./admin/events-page'),
  (m) => m.EventsPage,
);
const InspectionsPage = lazyPart(
  () => import('./inspections/inspections-page'),
  (m) => m.InspectionsPage,
);
const ComparePage = lazyPart(
  () => import('./risk/compare/compare-page'),
  (m) => m.ComparePage,
);
const RouteSheetPage = lazyPart(
  () => import('./route-sheet/route-sheet-page'),
  (m) => m.RouteSheetPage,
);
const TeamRoutePage = lazyPart(
  () => import('./route-sheet/team-route-page'),
  (m) => m.TeamRoutePage,
);
const PlannerPage = lazyPart(
  () => import('./route-planner/planner-page'),
  (m) => m.PlannerPage,
);
const SupportPage = lazyPart(
  () => import('./support/support-page'),
  (m) => m.SupportPage,
);
const PlanRecordsPage = lazyPart(
  () => import('./plan-records/plan-records-page'),
  (m) => m.PlanRecordsPage,
);
const IndicatorsPage = lazyPart(
  () => import('./indicators/indicators-page'),
  (m) => m.IndicatorsPage,
);
const ReportsPage = lazyPart(
  () => import('./reports/reports-page'),
  (m) => m.ReportsPage,
);
const ImportsPage = lazyPart(
  () => import('./imports/imports-page'),
  (m) => m.ImportsPage,
);

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

  // Once, for the page the session opened on (later pages change nothing).
  const firstPageHasMap = useRef(current === 'map').current;
  useEffect(() => startServiceWorkerOnceSettled({ withMap: firstPageHasMap }), [firstPageHasMap]);

  // Signing out on purpose starts the next person on the map, not on this page.
  async function signOut() {
    await onSignOut();
    navigate('/', { replace: true });
  }
  const nav = <AppNav role={session.role} current={current} />;
  const account = <AccountBar session={session} onSignOut={signOut} />;

  if (current === 'map') {
    return (
      <LazyBoundary loadingText={t('pageState.loadingMap')}>
        <MapPage config={config} session={session} nav={nav} account={account} />
      </LazyBoundary>
    );
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
    content = (
      <LazyBoundary key={current} loadingText={t('pageState.loadingPage')}>
        {pageViews[current]({ session, search, config })}
      </LazyBoundary>
    );
  }
  return (
    <PageShell config={config} nav={nav} account={account}>
      {content}
    </PageShell>
  );
}
