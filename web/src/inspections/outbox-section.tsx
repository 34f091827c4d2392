import type { ReactNode } from 'react';
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

      <OutboxGroup
        name="pending"
        heading={t('inspections.outbox.pending', { count: pending.length })}
        headingClassName="outbox-pending"
        records={pending}
        item={(r) => (
          <>
            <strong>{r.business.name}</strong>
            <span className="muted">
              {t('inspections.outbox.waitingSince', {
                at: formatInstant(new Date(r.updatedAt).toISOString()),
              })}
              {r.attempts > 0 && ` · ${t('inspections.outbox.attempts', { count: r.attempts })}`}
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
          </>
        )}
      >
        <button
          type="button"
          className="button button-secondary"
          disabled={!online}
          onClick={() => void outbox.sendNow()}
        >
          {t('inspections.outbox.sendNow')}
        </button>
      </OutboxGroup>

      <OutboxGroup
        name="failed"
        heading={t('inspections.outbox.failed', { count: failed.length })}
        headingClassName="outbox-failed"
        itemClassName="outbox-item-failed"
        records={failed}
        item={(r) => (
          <>
            <strong>{r.business.name}</strong>
            <span className="form-error" role="alert">
              {r.error}
            </span>
            <OutboxActions
              openLabel={t('inspections.outbox.edit')}
              onOpen={() => onOpen(r)}
              onDiscard={() => onDiscard(r)}
            />
          </>
        )}
      />

      <OutboxGroup
        name="drafts"
        heading={t('inspections.outbox.drafts', { count: drafts.length })}
        records={drafts}
        item={(r) => (
          <>
            <strong>{r.business.name}</strong>
            <OutboxActions
              openLabel={t('inspections.outbox.open')}
              onOpen={() => onOpen(r)}
              onDiscard={() => onDiscard(r)}
            />
          </>
        )}
      />
    </section>
  );
}

interface OutboxGroupProps {
  /** Which group, for tests and styles: pending, failed or drafts. */
  name: string;
  heading: string;
  headingClassName?: string;
  itemClassName?: string;
  records: readonly FieldRecord[];
  /** What a record's row says and offers. */
  item: (record: FieldRecord) => ReactNode;
  /** Under the list: what the group as a whole offers. */
  children?: ReactNode;
}

/** One group of records the phone holds, under its heading with their count; none, no group. */
function OutboxGroup(props: OutboxGroupProps) {
  if (props.records.length === 0) return null;
  const withClass = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);
  return (
    <div className="outbox-group" data-outbox={props.name}>
      <h3 className={withClass('outbox-heading', props.headingClassName)}>{props.heading}</h3>
      <ul className="outbox-list">
        {props.records.map((record) => (
          <li key={record.key} className={withClass('outbox-item', props.itemClassName)}>
            {props.item(record)}
          </li>
        ))}
      </ul>
      {props.children}
    </div>
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
