import './route-sheet.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/auth-client';
import type { AppConfig, BasemapConfig } from '../api/geo-types';
import { Link } from '../router/link';
import { withoutCommunePrefix } from '../ui/app-header';
import { Spinner } from '../ui/load-status';
import { PlanProblem } from './plan-problem';
import { readPlanQuery, routeSheetPath, teamRoutePath } from './plan-query';
import { TeamSheet } from './team-sheet';
import { useFieldContext } from './use-field-context';
import { useRoutePlan } from './use-route-plan';

interface RouteSheetPageProps {
  config: AppConfig | null;
  session: Session;
  search: string;
}

/** Until /api/config answers the map has no basemap: the app's own offline style. */
const offlineConfig: BasemapConfig = { basemapUrl: null, basemapAttribution: null };

/**
 * The printable route sheet, /tuyen-kiem-tra/in?plan=ID[&team=N]: every team of the plan (or
 * one), each on its own A4 page. On screen a toolbar prints and switches team; it and the app
 * header are left off the paper (route-sheet.css).
 */
export function RouteSheetPage({ config, session, search }: RouteSheetPageProps) {
  const { t } = useTranslation();
  const query = readPlanQuery(search);
  const planId = query.ok ? query.planId : null;
  const load = useRoutePlan(planId);
  const context = useFieldContext(session.role);
  const [mapsReady, setMapsReady] = useState<ReadonlySet<string>>(new Set());
  const markReady = useCallback(
    (key: string) => setMapsReady((ready) => (ready.has(key) ? ready : new Set(ready).add(key))),
    [],
  );

  if (!query.ok) return <PlanProblem problem={{ kind: 'query', query }} />;
  if (load.status === 'loading') return <Spinner text={t('routeSheet.loadingPlan')} />;
  if (load.status === 'error') {
    return <PlanProblem problem={{ kind: 'load', planId: query.planId, failure: load.failure }} />;
  }
  const { plan } = load;
  const chosen = query.team;
  if (chosen !== null && !plan.teams[chosen - 1]) {
    return (
      <PlanProblem
        problem={{ kind: 'team', planId: plan.id, team: chosen, count: plan.teams.length }}
      />
    );
  }
  const teams = plan.teams
    .map((team, i) => ({ team, number: i + 1 }))
    .filter(({ number }) => chosen === null || number === chosen);
  const commune = withoutCommunePrefix(config?.communeName ?? 'Nam Thanh Miện');
  const agency = t('routeSheet.agency', { commune: commune.toLocaleUpperCase('vi-VN') });
  const readyCount = teams.filter(({ number }) => mapsReady.has(`${plan.id}:${number}`)).length;

  return (
    <div className="route-sheet">
      <div className="sheet-toolbar">
        <button type="button" className="button sheet-print" onClick={() => window.print()}>
          {t('routeSheet.print')}
        </button>
        <p className="muted">{t('routeSheet.printHint')}</p>
        {readyCount < teams.length ? (
          <p className="loading sheet-progress" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('routeSheet.loadingMaps', { done: readyCount, total: teams.length })}
          </p>
        ) : null}
        <nav className="sheet-teams" aria-label={t('teamRoute.chooseTeam')}>
          <Link to={routeSheetPath(plan.id)} aria-current={chosen === null ? 'page' : undefined}>
            {t('routeSheet.allTeams')}
          </Link>
          {plan.teams.map((team, i) => (
            <span key={team.index} className="sheet-team-links">
              <Link
                to={routeSheetPath(plan.id, i + 1)}
                aria-current={chosen === i + 1 ? 'page' : undefined}
              >
                {team.name}
              </Link>
              <Link to={teamRoutePath(plan.id, i + 1)} className="muted">
                ({t('teamRoute.title')})
              </Link>
            </span>
          ))}
          <Link to="/tuyen-kiem-tra">{t('routeSheet.backToPlanner')}</Link>
        </nav>
      </div>
      {teams.map(({ team, number }) => (
        <TeamSheet
          key={`${plan.id}:${number}`}
          plan={plan}
          team={team}
          agency={agency}
          config={config ?? offlineConfig}
          villages={context.villages}
          roads={context.roads}
          placeOf={context.placeOf}
          onMapReady={() => markReady(`${plan.id}:${number}`)}
        />
      ))}
    </div>
  );
}
