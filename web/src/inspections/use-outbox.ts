import { useCallback, useEffect, useRef, useState } from 'react';
import type { InspectionClient } from '../api/inspection-client';
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

async function attempt(client: InspectionClient, record: FieldRecord): Promise<SendOutcome> {
  try {
    const sent =
      record.target.kind === 'scheduled'
        ? await client.recordScheduled(record.target.inspectionId, scheduledRecordBody(record))
        : await client.record(newInspectionBody(record));
    return { kind: 'sent', id: sent.id };
  } catch (error) {
    return outcomeOfError(error);
  }
}

/**
 * The phone's outbox of inspection records. Every record is written to IndexedDB before any
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
          const outcome = await attempt(client, record);
          if (outcome.kind === 'sent') {
            await store.delete(record.key);
            sentCallback.current?.(record, outcome.id);
          } else if (outcome.kind === 'refused') {
            await store.put({
              ...record,
              state: 'failed',
              error: outcome.message,
              nextAttemptAt: null,
            });
          } else {
            const attempts = record.attempts + 1;
            await store.put({
              ...record,
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
