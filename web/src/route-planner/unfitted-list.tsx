import '../ui/paper-card.css';
import { useTranslation } from 'react-i18next';
import type { PlaceOf } from '../route-sheet/stop-table';
import type { TeamView, UnfittedView } from './plan-view';
import type { MoveRequest } from './team-list';

/** The premises no round holds, each with why; the solver's own can be added to a team. */
export function UnfittedList(props: {
  unfitted: readonly UnfittedView[];
  teams: readonly TeamView[];
  onMove: (move: MoveRequest) => void;
  placeOf: PlaceOf;
}) {
  const { t } = useTranslation();
  return (
    <section className="paper-card planner-unfitted" aria-labelledby="planner-unfitted-title">
      <h3 id="planner-unfitted-title">{t('planner.unfitted', { count: props.unfitted.length })}</h3>
      {props.unfitted.length === 0 ? (
        <p className="muted">{t('planner.unfittedNone')}</p>
      ) : (
        <ul>
          {props.unfitted.map((u) => (
            <li key={u.businessId} data-business={u.businessId}>
              <span className="planner-unfitted-dot" aria-hidden="true" />
              <div>
                <p className="planner-stop-name">{u.name}</p>
                {props.placeOf(u.businessId) && (
                  <p className="planner-stop-place muted">{props.placeOf(u.businessId)}</p>
                )}
                <p className="muted">{u.message}</p>
                {u.movable && (
                  <div className="planner-stop-actions">
                    {props.teams.map((team) => (
                      <button
                        key={team.index}
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => props.onMove({ stopId: u.businessId, toTeam: team.index })}
                      >
                        + {t('planner.addTo', { team: team.name })}
                      </button>
                    ))}
                  </div>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
