import { useRef, useState } from 'react';
import { type AuditEntry, adminClient, type Failure } from '../api/admin-client';
import { useLoad } from '../api/use-load';
import { type AuditFilters, auditQuery, searchFromFilters } from './audit-filters';

/** Entries per request: a screenful or two, so "load more" stays quick. */
const pageSize = 50;

/** The pages after the first, for the filters they were loaded with. */
type More = {
  key: string;
  entries: AuditEntry[];
  next: number | null;
  status: 'idle' | 'loading' | Failure;
};

/**
 * The audit entries for the filters, newest first: the first page loads with the filters, each
 * `loadMore` appends the next (the API pages with `before` = the last id it sent).
 */
export function useAuditLog(filters: AuditFilters) {
  const key = searchFromFilters(filters);
  const query = auditQuery(filters);
  const first = useLoad((signal) => adminClient.audit({ ...query, limit: pageSize }, signal), key);
  const [more, setMore] = useState<More | null>(null);
  const currentKey = useRef(key);
  currentKey.current = key;

  const ready = first.state.status === 'ready' ? first.state.data : null;
  const own = more?.key === key ? more : null;
  const entries = ready ? [...ready.entries, ...(own?.entries ?? [])] : [];
  const next = ready ? (own ? own.next : ready.next) : null;

  async function loadMore() {
    if (next === null || own?.status === 'loading') return;
    const loaded = own ?? { key, entries: [], next };
    setMore({ ...loaded, status: 'loading' });
    const result = await adminClient.audit({ ...query, before: next, limit: pageSize });
    if (currentKey.current !== key) return; // the filters changed meanwhile
    setMore(
      result.ok
        ? {
            key,
            entries: [...loaded.entries, ...result.value.entries],
            next: result.value.next,
            status: 'idle',
          }
        : { ...loaded, status: result.failure },
    );
  }

  function retry() {
    setMore(null);
    first.retry();
  }

  return { state: first.state, entries, next, loadMore, moreStatus: own?.status ?? 'idle', retry };
}
