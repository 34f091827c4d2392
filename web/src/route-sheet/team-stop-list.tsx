import { useTranslation } from 'react-i18next';
import type { PlanStop } from '../api/route-plan-client';
import { formatPlannedClock } from '../i18n/format';
import type { PlaceOf } from './stop-table';

const clock = formatPlannedClock;

interface TeamStopListProps {
  stops: PlanStop[];
  next: number | null;
  /** Opens the inspection form for a stop; absent for roles that do not record. */
  onRecord?: (stop: PlanStop) => void;
  /** Where each premises is, to tell namesakes apart. */
  placeOf?: PlaceOf;
}

/** The team's stops in order: number, name, opening window, planned arrival, done ✓. */
export function TeamStopList({ stops, next, onRecord, placeOf }: TeamStopListProps) {
  const { t } = useTranslation();
  return (
    <ol className="team-stops" aria-label={t('teamRoute.stops')}>
      {stops.map((stop) => {
        const state = stop.done ? 'done' : stop.seq === next ? 'next' : 'todo';
        return (
          <li
            key={stop.businessId}
            className={`team-stop team-stop-${state}`}
            aria-current={state === 'next' ? 'step' : undefined}
          >
            <span className="team-stop-number" aria-hidden="true">
              {stop.seq}
            </span>
            <span className="team-stop-name">
              <span className="visually-hidden">{stop.seq}. </span>
              {stop.name}
              {placeOf?.(stop.businessId) && (
                <span className="team-stop-place">{placeOf(stop.businessId)}</span>
              )}
            </span>
            <span className="team-stop-times">
              {stop.window &&
                `${t('teamRoute.window', { window: `${clock(stop.window.from)}–${clock(stop.window.to)}` })} · `}
              {t('teamRoute.arrival', { time: clock(stop.arrival) })}
            </span>
            {stop.done ? (
              <span className="team-stop-state" title={t('teamRoute.done')}>
                {t('teamRoute.doneMark')}
                <span className="visually-hidden">{t('teamRoute.done')}</span>
              </span>
            ) : (
              onRecord && (
                <button
                  type="button"
                  className="button button-small button-secondary team-stop-state"
                  aria-label={t('teamRoute.recordAt', { name: stop.name })}
                  onClick={() => onRecord(stop)}
                >
                  {t('teamRoute.recordShort')}
                </button>
              )
            )}
          </li>
        );
      })}
    </ol>
  );
}
