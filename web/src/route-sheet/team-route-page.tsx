import './route-sheet.css';
import { useTranslation } from 'react-i18next';
import type { Session } from '../api/auth-client';
import type { AppConfig, BasemapConfig } from '../api/geo-types';
import { type PlanStop, planLinks } from '../api/route-plan-client';
import { mayCall } from '../auth/permissions';
import { formatDayWithWeekday, formatPlannedClock } from '../i18n/format';
import { outboxStore } from '../inspections/outbox-store';
import { recordPath, selfAsMember, startRecord } from '../inspections/start-record';
import { Link } from '../router/link';
import { navigate } from '../router/use-location';
import { Spinner } from '../ui/load-status';
import { geoUri, googleDirectionsUrl } from './navigation-links';
import { nextStop } from './next-stop';
import { PlanProblem } from './plan-problem';
import { readPlanQuery, routeSheetPath, teamRoutePath } from './plan-query';
import { RouteMap } from './route-map';
import { TeamStopList } from './team-stop-list';
import { useFieldContext } from './use-field-context';
import { useRoutePlan } from './use-route-plan';

interface TeamRoutePageProps {
  config: AppConfig | null;
  session: Session;
  search: string;
}

const offlineConfig: BasemapConfig = { basemapUrl: null, basemapAttribution: null };
const clock = formatPlannedClock;

/**
 * One team's round on a phone, /tuyen-kiem-tra/doi?plan=ID&team=N: the map, the next stop not
 * yet done with a button that hands it to the phone's navigation, the stops with what is done
 * (from the inspections recorded that day), and the way to record the next inspection.
 */
export function TeamRoutePage({ config, session, search }: TeamRoutePageProps) {
  const { t } = useTranslation();
  const query = readPlanQuery(search);
  const load = useRoutePlan(query.ok ? query.planId : null);
  const context = useFieldContext(session.role);
  const mayRecord = mayCall(session.role, 'POST /api/inspections');

  if (!query.ok) return <PlanProblem problem={{ kind: 'query', query }} />;
  if (load.status === 'loading') return <Spinner text={t('routeSheet.loadingPlan')} />;
  if (load.status === 'error') {
    return <PlanProblem problem={{ kind: 'load', planId: query.planId, failure: load.failure }} />;
  }
  const { plan } = load;
  if (query.team === null) {
    // No team in the address: let the officer pick theirs.
    return (
      <section className="team-route">
        <h1>{t('teamRoute.chooseTeam')}</h1>
        <ul>
          {plan.teams.map((team, i) => (
            <li key={team.index}>
              <Link to={teamRoutePath(plan.id, i + 1)}>{team.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const team = plan.teams[query.team - 1];
  if (!team) {
    return (
      <PlanProblem
        problem={{ kind: 'team', planId: plan.id, team: query.team, count: plan.teams.length }}
      />
    );
  }
  const next = nextStop(team.stops);
  const done = team.stops.filter((s) => s.done).length;

  // The form opens on the inspections page, kept on the phone from the first tap (as from the
  // map's popup: inspections/use-inspection-actions.tsx), of the round's kind.
  async function record(stop: PlanStop) {
    const key = await startRecord(outboxStore, {
      userId: String(session.user.id),
      business: { id: stop.businessId, name: stop.name },
      target: { kind: 'new' },
      team: [selfAsMember(session.user.displayName, session.role)],
      kind: plan.surprise ? 'surprise' : 'scheduled',
    });
    navigate(recordPath(key));
  }

  return (
    <section className="team-route">
      <header>
        <h1>{t('teamRoute.heading', { team: team.name, day: formatDayWithWeekday(plan.date) })}</h1>
        <p className="muted">
          {t('teamRoute.shift', { from: clock(team.shift.from), to: clock(team.shift.to) })}
          {' · '}
          {t('teamRoute.progress', { done, total: team.stops.length })}
        </p>
        {plan.surprise && <p className="sheet-surprise">{t('routeSheet.surprise')}</p>}
        {/* Near the top: on a long round the end of the list is far below. */}
        <p className="team-actions">
          <a href={planLinks.gpx(plan.id)} download>
            {t('teamRoute.gpx')}
          </a>
          <Link to={routeSheetPath(plan.id, query.team)}>{t('teamRoute.sheet')}</Link>
        </p>
      </header>
      <RouteMap
        config={config ?? offlineConfig}
        team={team}
        next={next?.seq ?? null}
        villages={context.villages}
        roads={context.roads}
        label={t('teamRoute.mapLabel', { team: team.name })}
        className="team-route-map"
      />
      {next ? (
        <section className="team-next" aria-labelledby="team-next-title">
          <h2 id="team-next-title">{t('teamRoute.next')}</h2>
          <p>
            {t('teamRoute.nextLine', {
              seq: next.seq,
              name: next.name,
              arrival: clock(next.arrival),
            })}
          </p>
          <a
            className="button button-big team-directions"
            href={googleDirectionsUrl(next.lngLat)}
            target="_blank"
            rel="noreferrer"
          >
            {t('teamRoute.directions')}
          </a>
          <p className="team-actions">
            <a className="team-geo" href={geoUri(next.lngLat, next.name)}>
              {t('teamRoute.otherApp')}
            </a>
            {mayRecord && (
              <button type="button" className="button" onClick={() => void record(next)}>
                {t('teamRoute.record')}
              </button>
            )}
          </p>
        </section>
      ) : (
        <p className="notice notice-done">{t('teamRoute.allDone')}</p>
      )}
      <TeamStopList
        stops={team.stops}
        next={next?.seq ?? null}
        onRecord={mayRecord ? (stop) => void record(stop) : undefined}
        placeOf={context.placeOf}
      />
    </section>
  );
}
