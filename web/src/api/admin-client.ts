import type { userRoles } from '@ntm/db/schema/values';
import type { InferRequestType } from 'hono/client';
import { answer, api, type Body, settle, withSignal } from './api';
import type { ApiError, Result } from './api-error';
import { idParam } from './id-param';

// The administrator's reads and writes: accounts (GET/POST /api/users, PATCH /api/users/:id,
// POST /api/users/:id/password), the audit trail (GET /api/audit) and the year's seasons and
// local events. Every call resolves to a value (a Result), so a form can say what to fix from
// the error's code and field details.

export type { Result };
/** Why a call failed: the one ApiError, kept as a value. */
export type Failure = ApiError;
export type Role = (typeof userRoles)[number];

const users = api.users;
export type User = Body<typeof users.$get>['users'][number];
type NewUser = InferRequestType<typeof users.$post>['json'];
type UserPatch = InferRequestType<(typeof users)[':id']['$patch']>['json'];

export type AuditQuery = {
  entity?: string;
  entityId?: string;
  user?: number;
  action?: string;
  /** A date (YYYY-MM-DD) or an ISO instant; `to` is exclusive. */
  from?: string;
  to?: string;
  /** The `next` of the previous page. */
  before?: number;
  limit?: number;
};
export type AuditPage = Body<typeof api.audit.$get>;
export type AuditEntry = AuditPage['entries'][number];

export type YearSeasons = Body<typeof api.seasons.$get>;
export type SeasonDates = YearSeasons['seasons'][number];
export type LocalEvent = YearSeasons['events'][number];
type NewEvent = InferRequestType<typeof api.seasons.events.$post>['json'];

/** The query as the API reads it: every value a string, what is unset left out. */
export function auditQuery(query: AuditQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params[key] = String(value);
  }
  return params;
}

export const adminClient = {
  users: (signal?: AbortSignal) =>
    settle(answer(users.$get(undefined, withSignal(signal))).then((body) => body.users)),
  createUser: (user: NewUser) => settle(answer(users.$post({ json: user }))),
  updateUser: (userId: number, patch: UserPatch) =>
    settle(
      answer(users[':id'].$patch({ ...idParam(userId), json: patch })).then((body) => body.user),
    ),
  resetPassword: (userId: number) => settle(answer(users[':id'].password.$post(idParam(userId)))),
  audit: (query: AuditQuery, signal?: AbortSignal) =>
    settle(answer(api.audit.$get({ query: auditQuery(query) }, withSignal(signal)))),
  seasons: (year: number, signal?: AbortSignal) =>
    settle(answer(api.seasons.$get({ query: { year: String(year) } }, withSignal(signal)))),
  addEvent: (event: NewEvent) => settle(answer(api.seasons.events.$post({ json: event }))),
  removeEvent: (eventId: number) =>
    settle(answer(api.seasons.events[':id'].$delete(idParam(eventId)))),
};
