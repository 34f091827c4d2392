import { useTranslation } from 'react-i18next';
import type { BasemapConfig, RoadCollection, VillageCollection } from '../api/geo-types';
import type { PlanTeam, SavedRoutePlan } from '../api/route-plan-client';
import {
  formatDayWithWeekday,
  formatDistanceKm,
  formatPlannedClock,
  formatWait,
} from '../i18n/format';
import { RouteMap } from './route-map';
import { SignatureBlock } from './signature-block';
import { type PlaceOf, StopTable } from './stop-table';

interface TeamSheetProps {
  plan: SavedRoutePlan;
  team: PlanTeam;
  agency: string;
  config: BasemapConfig;
  villages: VillageCollection | null;
  roads: RoadCollection | null;
  placeOf: PlaceOf;
  onMapReady: () => void;
}

const clock = formatPlannedClock;

/** One team's A4 sheet: heading, map, ordered stops, totals, signatures (one printed page). */
export function TeamSheet(props: TeamSheetProps) {
  const { plan, team, agency, config, villages, roads, placeOf, onMapReady } = props;
  const { t } = useTranslation();
  return (
    <section className="sheet-team" aria-label={t('routeSheet.team', { name: team.name })}>
      <header className="sheet-head">
        <div className="sheet-agency">
          <strong>{agency}</strong>
          <span>{t('routeSheet.planNumber', { id: plan.id })}</span>
        </div>
        <div className="sheet-motto">
          <strong>{t('routeSheet.motto')}</strong>
          <span>{t('routeSheet.mottoLine')}</span>
        </div>
      </header>
      {plan.surprise && <p className="sheet-surprise">{t('routeSheet.surprise')}</p>}
      <h1 className="sheet-title">{t('routeSheet.heading')}</h1>
      <div className="sheet-facts">
        <p>{t('routeSheet.day', { day: formatDayWithWeekday(plan.date) })}</p>
        <p>
          {t('routeSheet.season', {
            names: plan.seasons.length > 0 ? plan.seasons.join(', ') : t('routeSheet.noSeason'),
          })}
        </p>
        <p>
          <strong>{t('routeSheet.team', { name: team.name })}</strong>
        </p>
        <p>
          {t('routeSheet.shift', { from: clock(team.shift.from), to: clock(team.shift.to) })}
          {team.departure &&
            team.return &&
            ` · ${t('routeSheet.start', { departure: clock(team.departure), back: clock(team.return) })}`}
        </p>
      </div>
      <RouteMap
        config={config}
        team={team}
        next={null}
        villages={villages}
        roads={roads}
        label={t('routeSheet.mapLabel', { team: team.name })}
        printable
        className="sheet-map"
        onReady={onMapReady}
      />
      {team.stops.length > 0 ? (
        <StopTable teamName={team.name} stops={team.stops} placeOf={placeOf} />
      ) : (
        <p>{t('routeSheet.noStops')}</p>
      )}
      <p className="sheet-totals">
        {t('routeSheet.totals', {
          distance: formatDistanceKm(team.distanceMeters),
          // Rounded up to the minute, as a wait is: a round is never shorter than written.
          duration: team.durationSeconds > 0 ? formatWait(team.durationSeconds) : '—',
          count: team.stops.length,
        })}
      </p>
      {plan.travel.source === 'straight-line' && (
        <p className="sheet-note">{t('routeSheet.straightLine')}</p>
      )}
      <SignatureBlock />
    </section>
  );
}
