import type { userRoles } from '@ntm/db/schema/values';
import { answer, api, type Body } from './api';
import { ApiError } from './api-error';

// The cookie session of ARCHITECTURE.md §3. The cookie is httpOnly, so the page never sees it,
// and same-origin POSTs carry the `Origin` header the API checks. A 401 here is an answer (a
// wrong password, no session yet), not a session lost elsewhere.

export type Role = (typeof userRoles)[number];

/** Who is signed in: the body of POST /api/auth/login and GET /api/auth/me. */
export type Session = Body<typeof api.auth.me.$get>;

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

const quiet = { unauthorisedIsAnswer: true };

/** Why a login did not succeed, from the ApiError the call threw. */
function loginFailure(error: ApiError): LoginFailure {
  if (error.kind === 'network') return { reason: 'network' };
  if (error.status === 429) {
    return { reason: 'rate-limited', retryAfterSeconds: error.retryAfterSeconds };
  }
  // 400/422: input the server will not even look up, which to a person is the same mistake.
  if ([400, 401, 422].includes(error.status ?? 0)) return { reason: 'invalid-credentials' };
  return { reason: 'server', status: error.status };
}

export const authClient: AuthClient = {
  async login(credentials) {
    try {
      return {
        ok: true,
        session: await answer(api.auth.login.$post({ json: credentials }), quiet),
      };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.kind === 'invalid') {
        console.error('POST /api/auth/login answered an unexpected body:', error);
      }
      return { ok: false, failure: loginFailure(error) };
    }
  },

  async me(signal) {
    try {
      const session = await answer(api.auth.me.$get(undefined, { init: { signal } }), quiet);
      return { signedIn: true, session };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        return { signedIn: false, expired: error.code === 'session-expired' };
      }
      throw error;
    }
  },

  async changePassword(passwords) {
    try {
      return { ok: true, session: await answer(api.auth.password.$post({ json: passwords })) };
    } catch (error) {
      if (!(error instanceof ApiError && error.refused)) throw error;
      // A too-short password fails the schema (400); its message is the generic one.
      return { ok: false, message: error.code === 'invalid-request' ? '' : error.message };
    }
  },

  async logout() {
    try {
      await answer(api.auth.logout.$post(), quiet);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
  },
};
