import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../api/inspection-client';
import { formatInstant } from '../review/use-proposals';
import { InlineSpinner } from '../ui/load-status';

export type ScheduleState =
  | { status: 'loading' }
  | { status: 'ready'; items: Inspection[]; savedAt: number | null }
  | { status: 'offline' };

interface ScheduleListProps {
  schedule: ScheduleState;
  online: boolean;
  onRecord: (inspection: Inspection) => void;
  onCancel: (inspection: Inspection) => void;
  /** The stops of the saved rounds, shown first: what the team walks today. */
  rounds: ReactNode;
  /** Whether the rounds hold any stop (else the schedule may be empty). */
  hasRounds: boolean;
}

/**
 * Lịch kiểm tra: the stops of the saved rounds, then the scheduled inspections, soonest
 * first, each to record or call off.
 */
export function ScheduleList({
  schedule,
  online,
  onRecord,
  onCancel,
  rounds,
  hasRounds,
}: ScheduleListProps) {
  const { t } = useTranslation();
  return (
    <section className="inspection-section" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t('inspections.schedule')}</h2>
      {rounds}
      {schedule.status === 'loading' ? (
        <InlineSpinner text={t('inspections.scheduleLoading')} />
      ) : schedule.status === 'offline' ? (
        <p className="muted">{t('inspections.scheduleOffline')}</p>
      ) : (
        <>
          {schedule.savedAt !== null && (
            <p className="muted">
              {t('inspections.scheduleCached', {
                at: formatInstant(new Date(schedule.savedAt).toISOString()),
              })}
            </p>
          )}
          {schedule.items.length === 0 ? (
            !hasRounds && <p className="muted">{t('inspections.scheduleEmpty')}</p>
          ) : (
            <ul className="schedule-list">
              {schedule.items.map((item) => {
                const p = item.properties;
                return (
                  <li key={item.id} className="schedule-item" data-inspection={item.id}>
                    <span className="schedule-line">
                      <span className={`badge badge-kind-${p.kind}`}>
                        {t(`inspections.kinds.${p.kind}`)}
                      </span>
                      <span className="muted">
                        {t('inspections.planned', { at: formatInstant(p.startedAt) })}
                      </span>
                    </span>
                    <strong>{p.businessName}</strong>
                    <span className="muted schedule-team">
                      {p.team.map((m) => m.name).join(', ')}
                    </span>
                    <span className="outbox-actions">
                      <button type="button" className="button" onClick={() => onRecord(item)}>
                        {t('inspections.recordResult')}
                      </button>
                      <button
                        type="button"
                        className="button button-secondary"
                        disabled={!online}
                        onClick={() => onCancel(item)}
                      >
                        {t('inspections.cancel')}
                      </button>
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
