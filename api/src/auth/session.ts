import { findSession, touchSession } from '@ntm/db/queries/accounts';
import { findTokenAccount } from '@ntm/db/queries/api-tokens';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../lib/app-env';
import { hashSecret, idleTimeoutMs, readSessionId } from './session-cookie';

// Writing last_seen_at on every request would turn each read into a write; once a minute is
// precise enough for a 30-minute idle timeout.
const touchEveryMs = 60_000;

const bearer = /^Bearer ([\w-]{20,200})$/;

/**
 * Resolves who is calling into `account`: a personal API token (`Authorization: Bearer`) or
 * the session cookie, enforcing the cookie's idle and absolute expiry.
 */
export const resolveSession = createMiddleware<AppEnv>(async (c, next) => {
  c.set('account', null);
  c.set('authKind', null);
  c.set('sessionIdHash', null);
  c.set('sessionExpired', false);
  const authorization = c.req.header('authorization');
  const id = authorization === undefined ? readSessionId(c) : null;
  if (authorization !== undefined) {
    const token = bearer.exec(authorization)?.[1];
    const { sql, now } = c.get('deps');
    const account = token ? await findTokenAccount(sql, hashSecret(token), now()) : null;
    // A bad token is never silently ignored in favour of a cookie.
    c.set('account', account);
    c.set('authKind', account ? 'token' : null);
    c.set('sessionExpired', !account);
  } else if (id) {
    const { sql, now } = c.get('deps');
    const idHash = hashSecret(id);
    // Read on every request, in every process: a logout, a password change or a disabled
    // account elsewhere is refused at once (one indexed read; the in-memory cache it replaced
    // saved nothing measurable in `pnpm bench:load` and let an ended session live 5 s longer).
    const session = await findSession(sql, idHash);
    const at = now();
    const idleFor = session ? at.getTime() - session.lastSeenMs : 0;
    if (session && idleFor < idleTimeoutMs && at.getTime() < session.expiresMs) {
      c.set('account', session);
      c.set('authKind', 'session');
      c.set('sessionIdHash', idHash);
      if (idleFor > touchEveryMs) await touchSession(sql, idHash, at);
    } else {
      c.set('sessionExpired', true);
    }
  }
  await next();
});
