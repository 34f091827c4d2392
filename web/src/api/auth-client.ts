import { userRoles } from '@ntm/db/schema/values';
import { z } from 'zod';
import { ApiError, errorBodySchema } from './geo-client';
import { retryAfterSeconds } from './retry-after';

// The cookie session of ARCHITECTURE.md §3. Plain `fetch` like geo-client.ts (and for the same
// reason: the API's AppType does not carry the auth routes yet); the cookie is httpOnly, so the
// page never sees it, and same-origin POSTs carry the `Origin` header the API checks.

export type Role = (typeof userRoles)[number];

const id = z.union([z.number(), z.string()]);

const sessionSchema = z.object({
  user: z.object({ id, username: z.string(), displayName: z.string() }),
  role: z.enum(userRoles),
  village: z.object({ id, name: z.string() }).nullable(),
  /** A temporary password from the admin: the app shows only the page to change it. */
  mustChangePassword: z.boolean().default(false),
});
/** Who is signed in: the body of POST /api/auth/login and GET /api/auth/me. */
export type Session = z.infer<typeof sessionSchema>;

/** Why a login did not succeed, as the login page explains it. */
export type LoginFailure =
  | { reason: 'invalid-credentials' }
  | { reason: 'rate-limited'; retryAfterSeconds: number | null }
  | { reason: 'network' }
  | { reason: 'server'; status: number | null };

export type LoginResult = { ok: true; session: Session } | { ok: false; failure: LoginFailure };

/** GET /api/auth/me: a session, or none (and whether the API says it ran out). */
export type SessionCheck =
  | { signedIn: true; session: Session }
  | { signedIn: false; expired: boolean };

export interface AuthClient {
  login(credentials: { username: string; password: string }): Promise<LoginResult>;
  /** The current session, or none (401). Throws ApiError for anything else. */
  me(signal?: AbortSignal): Promise<SessionCheck>;
  /** Ends the session; an already ended one (401) counts as done. Throws ApiError otherwise. */
  logout(): Promise<void>;
  /** The user's own new password; a refusal comes back with the API's Vietnamese message. */
  changePassword(passwords: {
    currentPassword: string;
    newPassword: string;
  }): Promise<{ ok: true; session: Session } | { ok: false; message: string }>;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(`/api${path}`, {
      ...init,
      headers: { Accept: 'application/json', ...init.headers },
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new ApiError('network', path, null, String(cause));
  }
}

async function errorCode(response: Response): Promise<string | null> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = errorBodySchema.safeParse(body);
  return parsed.success ? parsed.data.error.code : null;
}

async function sessionFrom(response: Response, path: string): Promise<Session> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = sessionSchema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalid', path, response.status, z.prettifyError(parsed.error));
  }
  return parsed.data;
}

async function loginFailure(response: Response): Promise<LoginFailure> {
  if (response.status === 429) {
    const wait = retryAfterSeconds(response.headers.get('Retry-After'), Date.now());
    return { reason: 'rate-limited', retryAfterSeconds: wait };
  }
  // 400/422: input the server will not even look up, which to a person is the same mistake.
  if ([400, 401, 422].includes(response.status)) return { reason: 'invalid-credentials' };
  return { reason: 'server', status: response.status };
}

export const authClient: AuthClient = {
  async login(credentials) {
    const path = '/auth/login';
    let response: Response;
    try {
      response = await send(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(credentials),
      });
    } catch {
      return { ok: false, failure: { reason: 'network' } };
    }
    if (!response.ok) return { ok: false, failure: await loginFailure(response) };
    try {
      return { ok: true, session: await sessionFrom(response, path) };
    } catch (error) {
      console.error('POST /api/auth/login answered an unexpected body:', error);
      return { ok: false, failure: { reason: 'server', status: null } };
    }
  },

  async me(signal) {
    const path = '/auth/me';
    const response = await send(path, { signal });
    if (response.status === 401) {
      return { signedIn: false, expired: (await errorCode(response)) === 'session-expired' };
    }
    if (!response.ok) throw new ApiError('http', path, response.status, response.statusText);
    return { signedIn: true, session: await sessionFrom(response, path) };
  },

  async changePassword(passwords) {
    const path = '/auth/password';
    const response = await send(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(passwords),
    });
    if (response.ok) return { ok: true, session: await sessionFrom(response, path) };
    const body: unknown = await response.json().catch(() => undefined);
    const parsed = errorBodySchema.safeParse(body);
    if (!parsed.success) throw new ApiError('http', path, response.status, response.statusText);
    const { code, message } = parsed.data.error;
    // A too-short password fails the schema (400); its message is the generic one.
    return { ok: false, message: code === 'invalid-request' ? '' : message };
  },

  async logout() {
    const path = '/auth/logout';
    const response = await send(path, { method: 'POST' });
    if (!response.ok && response.status !== 401) {
      throw new ApiError('http', path, response.status, response.statusText);
    }
  },
};
