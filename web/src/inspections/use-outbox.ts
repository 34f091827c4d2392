import { useCallback, useEffect, useRef, useState } from 'react';
import type { InspectionClient } from '../api/inspection-client';
import { markPhotoSent, waitingPhotos } from './field-photos';
import { type FieldRecord, newInspectionBody, scheduledRecordBody } from './field-record';
import type { OutboxStore } from './outbox-store';
import { retryDelayMs } from './retry-backoff';
import { outcomeOfError, type SendOutcome } from './send-outcome';

interface Options {
  userId: string;
  client: InspectionClient;
  store: OutboxStore;
  /** A record reached the server (its inspection's id). */
  onSent?: (record: FieldRecord, inspectionId: number) => void;
  /** Off for roles that record no inspections: nothing is read or sent. */
  enabled?: boolean;
}

/**
 * One attempt: the record first (with its idempotency key, unless the server already answered
 * it), then each photo still waiting, one request each. Every step the server confirms is kept
 * on the phone at once, so the next attempt starts where this one stopped.
 */
async function attempt(
  client: InspectionClient,
  store: OutboxStore,
  first: FieldRecord,
): Promise<{ outcome: SendOutcome; record: FieldRecord }> {
  let record = first;
  try {
    let id = record.sentInspectionId;
    if (id === undefined) {
      const sent =
        record.target.kind === 'scheduled'
          ? await client.recordScheduled(record.target.inspectionId, scheduledRecordBody(record))
          : await client.record(newInspectionBody(record));
      id = sent.id;
      record = { ...record, sentInspectionId: id };
      await store.put(record);
    }
    for (const photo of waitingPhotos(record)) {
      const { attachments } = await client.attachPhoto(id, photo.file);
      record = markPhotoSent(record, photo.key, attachments[0]?.id ?? 0);
      await store.put(record);
    }
    return { outcome: { kind: 'sent', id }, record };
  } catch (error) {
    return { outcome: outcomeOfError(error), record };
  }
}

/**
 * The phone's outbox of inspection records and their photos. Every record is written to IndexedDB before any
 * attempt to send it, and sent with the idempotency key it got when it was created, so a
 * retry (after a lost answer, on the `online` event, on the next page load, or on a timer with
 * exponential backoff) never makes a second inspection. A refused record stays with the
 * server's message until it is corrected or discarded; a sent one leaves the phone.
 */
export function useOutbox({ userId, client, store, onSent, enabled = true }: Options) {
  const [records, setRecords] = useState<FieldRecord[] | null>(null);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [storeFailed, setStoreFailed] = useState(false);
  const inFlight = useRef(new Set<string>());
  const sentCallback = useRef(onSent);
  useEffect(() => {
    sentCallback.current = onSent;
  });

  const reload = useCallback(async () => {
    if (!enabled) return;
    try {
      setRecords(await store.list(userId));
    } catch (error) {
      console.error('The outbox could not be read:', error);
      setStoreFailed(true);
    }
  }, [store, userId, enabled]);

  /** Sends what is due (or every waiting record when `force`), one at a time. */
  const flush = useCallback(
    async (force = false) => {
      if (!enabled) return;
      // Surely offline: no attempt (and no attempt counted) until the `online` event.
      if (!navigator.onLine) return reload();
      const all = await store.list(userId).catch(() => [] as FieldRecord[]);
      const due = all.filter(
        (r) =>
          r.state === 'pending' &&
          !inFlight.current.has(r.key) &&
          (force || (r.nextAttemptAt ?? 0) <= Date.now()),
      );
      for (const record of due) {
        inFlight.current.add(record.key);
        try {
          const { outcome, record: latest } = await attempt(client, store, record);
          if (outcome.kind === 'sent') {
            await store.delete(record.key);
            sentCallback.current?.(record, outcome.id);
          } else if (outcome.kind === 'refused') {
            await store.put({
              ...latest,
              state: 'failed',
              error: outcome.message,
              nextAttemptAt: null,
            });
          } else {
            const attempts = record.attempts + 1;
            await store.put({
              ...latest,
              attempts,
              nextAttemptAt: Date.now() + retryDelayMs(attempts),
            });
          }
        } finally {
          inFlight.current.delete(record.key);
        }
      }
      await reload();
    },
    [client, store, userId, reload, enabled],
  );

  // On load: show what is kept, and send what waits.
  useEffect(() => {
    void reload().then(() => flush(true));
  }, [reload, flush]);

  // The connection is back: send at once, not at the next backoff step.
  useEffect(() => {
    const back = () => {
      setOnline(true);
      void flush(true);
    };
    const gone = () => setOnline(false);
    window.addEventListener('online', back);
    window.addEventListener('offline', gone);
    return () => {
      window.removeEventListener('online', back);
      window.removeEventListener('offline', gone);
    };
  }, [flush]);

  // The next retry, when the earliest waiting record is due.
  const nextAt = records
    ?.filter((r) => r.state === 'pending' && r.nextAttemptAt !== null)
    .reduce((earliest, r) => Math.min(earliest, r.nextAttemptAt as number), Infinity);
  useEffect(() => {
    if (nextAt === undefined || nextAt === Infinity) return;
    const timer = window.setTimeout(() => void flush(), Math.max(0, nextAt - Date.now()));
    return () => window.clearTimeout(timer);
  }, [nextAt, flush]);

  const save = useCallback(
    async (record: FieldRecord) => {
      await store.put({ ...record, updatedAt: Date.now() });
      await reload();
    },
    [store, reload],
  );

  /** Queues a record (kept first, then sent); resolves after the first attempt. */
  const submit = useCallback(
    async (record: FieldRecord) => {
      await store.put({
        ...record,
        state: 'pending',
        error: null,
        attempts: 0,
        nextAttemptAt: null,
        updatedAt: Date.now(),
      });
      await flush(true);
    },
    [store, flush],
  );

  const discard = useCallback(
    async (key: string) => {
      await store.delete(key);
      await reload();
    },
    [store, reload],
  );

  const pending = records?.filter((r) => r.state === 'pending') ?? [];
  const failed = records?.filter((r) => r.state === 'failed') ?? [];
  const drafts = records?.filter((r) => r.state === 'draft') ?? [];
  return {
    records,
    pending,
    failed,
    drafts,
    online,
    storeFailed,
    save,
    submit,
    discard,
    sendNow: () => flush(true),
  };
}

export type Outbox = ReturnType<typeof useOutbox>;
