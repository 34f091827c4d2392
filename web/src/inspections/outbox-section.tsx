import { useTranslation } from 'react-i18next';
import { formatInstant } from '../review/use-proposals';
import { waitingPhotos } from './field-photos';
import type { FieldRecord } from './field-record';
import type { Outbox } from './use-outbox';

interface OutboxSectionProps {
  outbox: Outbox;
  onOpen: (record: FieldRecord) => void;
  onDiscard: (record: FieldRecord) => void;
}

/** What the phone still holds: records waiting to be sent, refused ones, drafts. */
export function OutboxSection({ outbox, onOpen, onDiscard }: OutboxSectionProps) {
  const { t } = useTranslation();
  const { pending, failed, drafts, online } = outbox;
  const nothing = pending.length + failed.length + drafts.length === 0;
  return (
    <section className="inspection-section outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('inspections.outbox.title')}</h2>
      <p
        className={`connection ${online ? 'connection-online' : 'connection-offline'}`}
        role="status"
      >
        {t(online ? 'inspections.outbox.online' : 'inspections.outbox.offline')}
      </p>
      {outbox.storeFailed && <p className="form-error">{t('inspections.outbox.storeFailed')}</p>}
      {nothing && outbox.records && <p className="muted">{t('inspections.outbox.allSent')}</p>}

      {pending.length > 0 && (
        <div className="outbox-group" data-outbox="pending">
          <h3 className="outbox-heading outbox-pending">
            {t('inspections.outbox.pending', { count: pending.length })}
          </h3>
          <ul className="outbox-list">
            {pending.map((r) => (
              <li key={r.key} className="outbox-item">
                <strong>{r.business.name}</strong>
                <span className="muted">
                  {t('inspections.outbox.waitingSince', {
                    at: formatInstant(new Date(r.updatedAt).toISOString()),
                  })}
                  {r.attempts > 0 &&
                    ` · ${t('inspections.outbox.attempts', { count: r.attempts })}`}
                </span>
                {waitingPhotos(r).length > 0 && (
                  <span className="outbox-photos" data-photos-waiting={waitingPhotos(r).length}>
                    {t(
                      r.sentInspectionId === undefined
                        ? 'inspections.outbox.photosWaiting'
                        : 'inspections.outbox.photosOnlyWaiting',
                      { count: waitingPhotos(r).length },
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-secondary"
            disabled={!online}
            onClick={() => void outbox.sendNow()}
          >
            {t('inspections.outbox.sendNow')}
          </button>
        </div>
      )}

      {failed.length > 0 && (
        <div className="outbox-group" data-outbox="failed">
          <h3 className="outbox-heading outbox-failed">
            {t('inspections.outbox.failed', { count: failed.length })}
          </h3>
          <ul className="outbox-list">
            {failed.map((r) => (
              <li key={r.key} className="outbox-item outbox-item-failed">
                <strong>{r.business.name}</strong>
                <span className="form-error" role="alert">
                  {r.error}
                </span>
                <OutboxActions
                  openLabel={t('inspections.outbox.edit')}
                  onOpen={() => onOpen(r)}
                  onDiscard={() => onDiscard(r)}
                />
              </li>
            ))}
          </ul>
        </div>
      )}

      {drafts.length > 0 && (
        <div className="outbox-group" data-outbox="drafts">
          <h3 className="outbox-heading">
            {t('inspections.outbox.drafts', { count: drafts.length })}
          </h3>
          <ul className="outbox-list">
            {drafts.map((r) => (
              <li key={r.key} className="outbox-item">
                <strong>{r.business.name}</strong>
                <OutboxActions
                  openLabel={t('inspections.outbox.open')}
                  onOpen={() => onOpen(r)}
                  onDiscard={() => onDiscard(r)}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Open (or correct) a record the phone holds, or throw it away. */
function OutboxActions(props: { openLabel: string; onOpen: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <span className="outbox-actions">
      <button type="button" className="button" onClick={props.onOpen}>
        {props.openLabel}
      </button>
      <button type="button" className="button button-secondary" onClick={props.onDiscard}>
        {t('inspections.outbox.discard')}
      </button>
    </span>
  );
}
