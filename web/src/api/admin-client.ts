import { userRoles } from '@ntm/db/schema/values';
import { z } from 'zod';
import { reportSessionLost } from './session-expiry';

// The administrator's reads and writes: accounts (GET/POST /api/users, PATCH /api/users/:id,
// POST /api/users/:id/password) and the audit trail (GET /api/audit). Plain `fetch` like
// geo-client.ts, for the same reason (the web cannot type-check the API's handlers yet); the
// answers are checked with zod. Every call resolves to a value: the data, or why it failed,
// with the API's error code and field details so a form can say what to fix.

const id = z.number();

const userSchema = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(userRoles),
  villageId: id.nullable(),
  villageName: z.string().nullable(),
  active: z.boolean(),
  failedLogins: z.number().int(),
  /** Still on the temporary password an admin gave (created or reset). */
  mustChangePassword: z.boolean().default(false),
  /** Not sent by the API yet; shown once it is. */
  lastLoginAt: z.string().nullish(),
});
export type User = z.infer<typeof userSchema>;
export type Role = User['role'];

const auditEntrySchema = z.object({
  id,
  at: z.string(),
  userId: id.nullable(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  diff: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** Why a call failed: no answer, the API's error (ARCHITECTURE.md §3), or an answer we cannot read. */
export type Failure =
  | { kind: 'network' }
  | {
      kind: 'http';
      status: number;
      code: string | null;
      message: string | null;
      details: { path: string; message: string }[];
    }
  | { kind: 'invalid' };

export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  villageId: number | null;
};
type UserPatch = Partial<Omit<NewUser, 'username'> & { active: boolean }>;

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
export type AuditPage = { entries: AuditEntry[]; next: number | null };

const seasonSchema = z.object({
  code: z.string(),
  name: z.string(),
  from: z.string(),
  to: z.string(),
});
const localEventSchema = z.object({ id, name: z.string(), from: z.string(), to: z.string() });
export type SeasonDates = z.infer<typeof seasonSchema>;
export type LocalEvent = z.infer<typeof localEventSchema>;
export type YearSeasons = { year: number; seasons: SeasonDates[]; events: LocalEvent[] };
type NewEvent = Omit<LocalEvent, 'id'>;

interface AdminClient {
  users(signal?: AbortSignal): Promise<Result<User[]>>;
  createUser(user: NewUser): Promise<Result<{ user: User; temporaryPassword: string }>>;
  updateUser(userId: number, patch: UserPatch): Promise<Result<User>>;
  resetPassword(userId: number): Promise<Result<{ temporaryPassword: string }>>;
  audit(query: AuditQuery, signal?: AbortSignal): Promise<Result<AuditPage>>;
  seasons(year: number, signal?: AbortSignal): Promise<Result<YearSeasons>>;
  addEvent(event: NewEvent): Promise<Result<LocalEvent>>;
  removeEvent(eventId: number): Promise<Result<unknown>>;
}

/** One JSON request, its answer checked with `schema`; every outcome a value (see Result). */
export async function call<T>(
  path: string,
  schema: z.ZodType<T>,
  init: RequestInit & { json?: unknown } = {},
): Promise<Result<T>> {
  const { json, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      ...rest,
      headers: {
        Accept: 'application/json',
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: json === undefined ? undefined : JSON.stringify(json),
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    return { ok: false, failure: { kind: 'network' } };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401) reportSessionLost();
    const parsed = errorBody.safeParse(body);
    const error = parsed.success ? parsed.data.error : null;
    return {
      ok: false,
      failure: {
        kind: 'http',
        status: response.status,
        code: error?.code ?? null,
        message: error?.message ?? null,
        details: error?.details ?? [],
      },
    };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error(`${init.method ?? 'GET'} /api${path}:`, z.prettifyError(parsed.error));
    return { ok: false, failure: { kind: 'invalid' } };
  }
  return { ok: true, value: parsed.data };
}

/** `?entity=user&user=5`, leaving out what is unset. */
export function auditSearch(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const adminClient: AdminClient = {
  async users(signal) {
    const result = await call('/users', z.object({ users: z.array(userSchema) }), { signal });
    return result.ok ? { ok: true, value: result.value.users } : result;
  },
  createUser(user) {
    const schema = z.object({ user: userSchema, temporaryPassword: z.string() });
    return call('/users', schema, { method: 'POST', json: user });
  },
  async updateUser(userId, patch) {
    const result = await call(`/users/${userId}`, z.object({ user: userSchema }), {
      method: 'PATCH',
      json: patch,
    });
    return result.ok ? { ok: true, value: result.value.user } : result;
  },
  resetPassword(userId) {
    const schema = z.object({ temporaryPassword: z.string() });
    return call(`/users/${userId}/password`, schema, { method: 'POST' });
  },
  audit(query, signal) {
    const schema = z.object({ entries: z.array(auditEntrySchema), next: id.nullable() });
    return call(`/audit${auditSearch(query)}`, schema, { signal });
  },
  seasons(year, signal) {
    const schema = z.object({
      year: z.number(),
      seasons: z.array(seasonSchema),
      events: z.array(localEventSchema),
    });
    return call(`/seasons?year=${year}`, schema, { signal });
  },
  addEvent(event) {
    return call('/seasons/events', localEventSchema, { method: 'POST', json: event });
  },
  removeEvent(eventId) {
    return call(`/seasons/events/${eventId}`, z.unknown(), { method: 'DELETE' });
  },
};
