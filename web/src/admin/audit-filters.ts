import type { AuditQuery } from '../api/admin-client';

// The audit page's filters live in the address (…/nhat-ky?entity=user&entityId=12), so a
// filtered view can be bookmarked, sent, and reached with the back button. Dates are calendar
// days in the commune's time; the API takes instants, and `to` there is exclusive.

export type AuditFilters = {
  entity: string;
  entityId: string;
  /** A user id, as the select holds it. */
  user: string;
  action: string;
  /** YYYY-MM-DD, both days included. */
  from: string;
  to: string;
};

const keys = ['entity', 'entityId', 'user', 'action', 'from', 'to'] as const;

export const noFilters: AuditFilters = {
  entity: '',
  entityId: '',
  user: '',
  action: '',
  from: '',
  to: '',
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** Việt Nam keeps UTC+7 all year (no daylight saving time). */
const communeOffset = '+07:00';

export function filtersFromSearch(search: string): AuditFilters {
  const params = new URLSearchParams(search);
  const filters = { ...noFilters };
  for (const key of keys) filters[key] = params.get(key)?.trim() ?? '';
  if (!/^\d+$/.test(filters.user)) filters.user = '';
  if (!isoDate.test(filters.from)) filters.from = '';
  if (!isoDate.test(filters.to)) filters.to = '';
  return filters;
}

export function searchFromFilters(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of keys) if (filters[key] !== '') params.set(key, filters[key]);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** "2026-03-05" → "2026-03-06". */
export function nextDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The API query for the filters: whole commune days, from the first's midnight to after the last. */
export function auditQuery(filters: AuditFilters): AuditQuery {
  return {
    entity: filters.entity || undefined,
    entityId: filters.entityId || undefined,
    user: filters.user ? Number(filters.user) : undefined,
    action: filters.action || undefined,
    from: filters.from ? `${filters.from}T00:00:00${communeOffset}` : undefined,
    to: filters.to ? `${nextDay(filters.to)}T00:00:00${communeOffset}` : undefined,
  };
}
