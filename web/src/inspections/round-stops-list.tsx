import { useTranslation } from 'react-i18next';
import type { RoundStop } from '../api/route-plan-client';
import { formatDayWithWeekday, formatPlannedClock } from '../i18n/format';
import { formatInstant } from '../review/use-proposals';
import { premisesPlace } from '../route-sheet/place-text';
import { teamRoutePath } from '../route-sheet/plan-query';
import { Link } from '../router/link';
import { InlineSpinner } from '../ui/load-status';
import type { RoundStopsState } from './use-round-stops';

interface RoundStopsListProps {
  rounds: RoundStopsState;
  /** Premises whose record already waits in the phone's outbox. */
  queued: ReadonlySet<number>;
  onRecord: (stop: RoundStop) => void;
}

type RoundTeam = { key: string; first: RoundStop; stops: RoundStop[] };

/** The stops grouped by round and team, in the order the API gives them (day, plan, team, seq). */
function byTeam(stops: readonly RoundStop[]): RoundTeam[] {
  const teams: RoundTeam[] = [];
  for (const stop of stops) {
    const key = `${stop.planId}-${stop.teamIndex}`;
    const last = teams.at(-1);
    if (last?.key === key) last.stops.push(stop);
    else teams.push({ key, first: stop, stops: [stop] });
  }
  return teams;
}

/**
 * The rounds planned at /tuyen-kiem-tra, as part of the schedule: per round and team, its
 * stops in order with the planned arrival and where each premises is (two premises may share
 * a name), each one tap from its form, which takes the round's kind.
 */
export function RoundStopsList({ rounds, queued, onRecord }: RoundStopsListProps) {
  const { t } = useTranslation();
  if (rounds.status === 'loading') {
    return <InlineSpinner text={t('inspections.roundsLoading')} />;
  }
  if (rounds.status === 'offline') return <p className="muted">{t('inspections.roundsOffline')}</p>;
  if (rounds.stops.length === 0) return null;
  return (
    <div className="round-stops">
      {rounds.savedAt !== null && (
        <p className="muted">
          {t('inspections.scheduleCached', {
            at: formatInstant(new Date(rounds.savedAt).toISOString()),
          })}
        </p>
      )}
      {byTeam(rounds.stops).map(({ key, first, stops }) => {
        const kind = first.surprise ? 'surprise' : 'scheduled';
        return (
          <section key={key} className="round-team" data-plan={first.planId}>
            <h3 className="schedule-line">
              <span>
                {t('inspections.roundTitle', {
                  id: first.planId,
                  team: first.teamName,
                  day: formatDayWithWeekday(first.date),
                })}
              </span>
              <span className={`badge badge-kind-${kind}`}>{t(`inspections.kinds.${kind}`)}</span>
            </h3>
            <p className="round-route-link">
              <Link to={teamRoutePath(first.planId, first.teamIndex + 1)}>
                {t('inspections.roundRoute')}
              </Link>
            </p>
            <ol className="schedule-list">
              {stops.map((stop) => (
                <li
                  key={stop.seq}
                  className="schedule-item"
                  data-business={stop.businessId}
                  data-done={stop.inspectionId !== null}
                >
                  <span className="schedule-line">
                    <span className="round-seq" aria-hidden="true">
                      {stop.seq}
                    </span>
                    <strong>{stop.name}</strong>
                    <span className="muted">
                      {t('inspections.planned', { at: formatPlannedClock(stop.plannedStart) })}
                    </span>
                  </span>
                  <span className="muted round-place">{premisesPlace(stop, stop.namesake)}</span>
                  {stop.inspectionId !== null ? (
                    <span className="badge badge-done">{t('inspections.roundDone')}</span>
                  ) : queued.has(stop.businessId) ? (
                    <span className="badge badge-pending">{t('inspections.roundQueued')}</span>
                  ) : (
                    <span className="outbox-actions">
                      <button
                        type="button"
                        className="button"
                        aria-label={t('inspections.recordAtName', {
                          name: stop.name,
                          seq: stop.seq,
                        })}
                        onClick={() => onRecord(stop)}
                      >
                        {t('inspections.recordResult')}
                      </button>
                    </span>
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
