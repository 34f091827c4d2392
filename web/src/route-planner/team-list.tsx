import '../ui/paper-card.css';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planLinks } from '../api/route-plan-client';
import { formatInteger } from '../i18n/format';
import type { PlaceOf } from '../route-sheet/stop-table';
import { teamColor } from '../theme/team-colors';
import { formatHoursMinutes, formatKm, planClock } from './plan-format';
import type { StopView, TeamView } from './plan-view';

export type MoveRequest = { stopId: number; toTeam: number; position?: number };

/** The stop being dragged, shared by every team's list (dataTransfer is unreadable until drop). */
export type DragState = { stopId: number; fromTeam: number | null; fromIndex: number } | null;

interface TeamListProps {
  team: TeamView;
  teams: readonly TeamView[];
  planId: number;
  dragging: DragState;
  onDragging: (drag: DragState) => void;
  onMove: (move: MoveRequest) => void;
  /** Where each premises is (village, address; a licence number beside a namesake). */
  placeOf: PlaceOf;
}

/**
 * One team's round: its stops in order with times, window, risk and a badge for random picks.
 * A stop is dragged to another place or another team's list (dropped on a stop: before it;
 * on the list itself: wherever it costs least); the buttons do the same from a keyboard or a
 * phone, where HTML5 drag and drop does not work.
 */
export function TeamList({
  team,
  teams,
  planId,
  dragging,
  onDragging,
  onMove,
  placeOf,
}: TeamListProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState<number | 'list' | null>(null);
  const color = teamColor(team.index);

  /**
   * The dragged stop: from the shared state, or from the drag's data when a drop comes
   * before React has re-rendered after the drag started (a fast drag, or a test's).
   */
  function draggedStop(event: DragEvent): NonNullable<DragState> | null {
    if (dragging) return dragging;
    const stopId = Number(event.dataTransfer.getData('text/plain'));
    if (!Number.isInteger(stopId) || stopId <= 0) return null;
    for (const other of teams) {
      const k = other.stops.findIndex((s) => s.businessId === stopId);
      if (k >= 0) return { stopId, fromTeam: other.index, fromIndex: k };
    }
    return { stopId, fromTeam: null, fromIndex: -1 };
  }

  function drop(event: DragEvent, k: number | null) {
    event.preventDefault();
    event.stopPropagation();
    setOver(null);
    const drag = draggedStop(event);
    onDragging(null);
    if (!drag) return;
    if (k === null) {
      if (drag.fromTeam !== team.index) onMove({ stopId: drag.stopId, toTeam: team.index });
      return;
    }
    // Dropped before item k: once the stop has left its own place, that is one place earlier.
    const position = drag.fromTeam === team.index && drag.fromIndex < k ? k - 1 : k;
    if (drag.fromTeam === team.index && position === drag.fromIndex) return;
    onMove({ stopId: drag.stopId, toTeam: team.index, position });
  }
  // Every dragover must accept the drop, even the first one before the drag state renders.
  const allowDrop = (event: DragEvent, target: number | 'list') => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (target !== 'list') event.stopPropagation();
    setOver(target);
  };

  return (
    <section
      className={`paper-card planner-team-card${over === 'list' ? ' is-drop-target' : ''}`}
      style={{ borderTopColor: color }}
      aria-labelledby={`planner-team-${team.index}`}
      data-team={team.index}
      onDragOver={(e) => allowDrop(e, 'list')}
      onDragLeave={() => setOver(null)}
      onDrop={(e) => drop(e, null)}
    >
      <header className="planner-team-head">
        <h3 id={`planner-team-${team.index}`}>
          <span className="planner-swatch" style={{ background: color }} aria-hidden="true" />
          {team.name}
          {team.changed && <span className="badge planner-changed">{t('planner.changed')}</span>}
        </h3>
        <p className="muted planner-totals">
          {t('planner.totals', {
            stops: formatInteger(team.stops.length),
            distance: formatKm(team.distanceMeters),
            duration: formatHoursMinutes(team.durationSeconds),
          })}
        </p>
        <a className="planner-link" href={planLinks.phone(planId, team.index)}>
          {t('planner.phone')}
        </a>
      </header>
      {team.stops.length === 0 ? (
        <p className="muted planner-empty">{t('planner.teamEmpty')}</p>
      ) : (
        <ol className="planner-stops">
          {team.stops.map((stop, k) => (
            <StopItem
              key={stop.businessId}
              stop={stop}
              place={placeOf(stop.businessId)}
              color={color}
              first={k === 0}
              last={k === team.stops.length - 1}
              others={teams.filter((x) => x.index !== team.index)}
              dropBefore={over === k}
              onDragStart={() =>
                onDragging({ stopId: stop.businessId, fromTeam: team.index, fromIndex: k })
              }
              onDragEnd={() => onDragging(null)}
              onDragOver={(e) => allowDrop(e, k)}
              onDrop={(e) => drop(e, k)}
              onUp={() => onMove({ stopId: stop.businessId, toTeam: team.index, position: k - 1 })}
              onDown={() =>
                onMove({ stopId: stop.businessId, toTeam: team.index, position: k + 1 })
              }
              onMoveTo={(toTeam) => onMove({ stopId: stop.businessId, toTeam })}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function StopItem(props: {
  stop: StopView;
  place: string | null;
  color: string;
  first: boolean;
  last: boolean;
  others: readonly TeamView[];
  dropBefore: boolean;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
  onUp: () => void;
  onDown: () => void;
  onMoveTo: (team: number) => void;
}) {
  const { t } = useTranslation();
  const { stop } = props;
  const waits = stop.startSeconds - stop.arrivalSeconds >= 60;
  return (
    <li
      className={`planner-stop${props.dropBefore ? ' is-drop-before' : ''}`}
      draggable
      data-business={stop.businessId}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', String(stop.businessId));
        props.onDragStart();
      }}
      onDragEnd={props.onDragEnd}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
    >
      <span className="planner-seq" style={{ background: props.color }} aria-hidden="true">
        {stop.seq}
      </span>
      <div className="planner-stop-body">
        <p className="planner-stop-name">
          <span className="visually-hidden">{stop.seq}. </span>
          {stop.name}
          {stop.random && <span className="badge planner-random">{t('planner.random')}</span>}
          {stop.done && <span className="badge badge-open">{t('planner.done')}</span>}
        </p>
        {props.place && <p className="planner-stop-place muted">{props.place}</p>}
        <p className="planner-stop-times">
          <strong className="planner-stop-clock">
            {t('planner.stopTimes', {
              arrival: planClock(stop.arrivalSeconds),
              departure: planClock(stop.departureSeconds),
            })}
          </strong>
          {waits && <span> · {t('planner.waits', { start: planClock(stop.startSeconds) })}</span>}
          {stop.window && (
            <span>
              {' · '}
              {t('planner.window', {
                from: planClock(stop.window[0]),
                to: planClock(stop.window[1]),
              })}
            </span>
          )}
          {stop.riskScore !== null && (
            <span> · {t('planner.risk', { score: Math.round(stop.riskScore) })}</span>
          )}
        </p>
        <div className="planner-stop-actions">
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={props.first}
            aria-label={t('planner.moveUpLabel', { name: stop.name })}
            onClick={props.onUp}
          >
            ↑ {t('planner.moveUp')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={props.last}
            aria-label={t('planner.moveDownLabel', { name: stop.name })}
            onClick={props.onDown}
          >
            ↓ {t('planner.moveDown')}
          </button>
          {props.others.map((other) => (
            <button
              key={other.index}
              type="button"
              className="button button-secondary button-small"
              aria-label={t('planner.moveToLabel', { name: stop.name, team: other.name })}
              onClick={() => props.onMoveTo(other.index)}
            >
              → {t('planner.moveTo', { team: other.name })}
            </button>
          ))}
        </div>
      </div>
    </li>
  );
}
