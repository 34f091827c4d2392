import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionClient, TimelineEntry } from '../api/inspection-client';
import type { Loaded } from '../api/use-load';
import { formatInteger } from '../i18n/format';
import { formatInstant } from '../review/use-proposals';
import { InlineSpinner } from '../ui/load-status';
import { Modal } from '../ui/modal';
import { ModalDoneAction } from '../ui/modal-actions';
import { measureLabel } from './labels';

interface BusinessTimelineProps {
  client: InspectionClient;
  business: { id: number; name: string };
  onClose: () => void;
}

/** One business's tips (police) and inspections on one line, newest first. */
export function BusinessTimeline({ client, business, onClose }: BusinessTimelineProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<Loaded<TimelineEntry[]>>({ status: 'loading' });
  useEffect(() => {
    let stale = false;
    client.timeline(business.id).then(
      ({ entries }) => !stale && setState({ status: 'ready', data: entries }),
      (error: unknown) =>
        !stale &&
        setState({
          status: 'error',
          message: String(error instanceof Error ? error.message : error),
        }),
    );
    return () => {
      stale = true;
    };
  }, [client, business.id]);

  return (
    <Modal title={`${t('inspections.timeline')}: ${business.name}`} onDismiss={onClose}>
      {state.status === 'loading' ? (
        <InlineSpinner text={t('pageState.loading')} />
      ) : state.status === 'error' ? (
        <p className="form-error">{state.message}</p>
      ) : state.data.length === 0 ? (
        <p className="muted">{t('inspections.timelineEmpty')}</p>
      ) : (
        <ol className="timeline">
          {state.data.map((entry) => (
            <li
              key={`${entry.kind}-${entry.id}`}
              className={`timeline-entry timeline-${entry.kind}`}
            >
              <span className="muted">{formatInstant(entry.at)}</span>
              {entry.kind === 'tip' ? (
                <span>
                  <strong>{t('tips.number', { id: entry.id })}</strong> ·{' '}
                  {t(`tips.status.${entry.status as 'received'}`)}
                </span>
              ) : (
                <span>
                  <strong>
                    {t('inspections.timelineInspection', {
                      kind: t(`inspections.kinds.${entry.inspectionKind}`),
                    })}
                  </strong>{' '}
                  ·{' '}
                  {entry.result
                    ? t(`inspections.results.${entry.result}`)
                    : t(`inspections.statuses.${entry.status}`)}
                  {entry.measures.length > 0 &&
                    ` · ${entry.measures.map((m) => measureLabel(t, m)).join(', ')}`}
                  {entry.fineVnd !== null &&
                    ` · ${t('inspections.fine', { amount: formatInteger(entry.fineVnd) })}`}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <ModalDoneAction label={t('inspections.form.close')} onDone={onClose} />
    </Modal>
  );
}
