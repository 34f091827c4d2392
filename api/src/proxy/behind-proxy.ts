import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../lib/app-env';
import { requestOrigin, type TrustedProxies } from './trusted-proxies';

/** A year, once a trusted proxy has said the client came over https. */
export const hstsValue = 'max-age=31536000';

function socketPeer(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // app.request() in tests has no socket
  }
}

/**
 * Sets `clientAddress` (rate limits, login throttle, audit source: every use reads it) and
 * `origin`, the address the client used (https://host when a trusted proxy terminated TLS), for
 * links, the cookie's `Secure` and the CSRF check. On https, answers carry HSTS; on plain http
 * (the laptop demo) neither HSTS nor `Secure`, which would lock the browser out.
 */
export function behindProxy(trusted: TrustedProxies): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const seen = requestOrigin(socketPeer(c), { get: (name) => c.req.header(name) }, trusted);
    c.set('clientAddress', seen.address);
    const asked = new URL(c.req.url).origin;
    c.set('origin', originOf(seen.scheme, seen.host) ?? asked);
    await next();
    if (seen.scheme === 'https') c.res.headers.set('Strict-Transport-Security', hstsValue);
  };
}

function originOf(scheme: string, host: string | null): string | null {
  if (host === null) return null;
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

/** Whether the client's own connection was https (see behindProxy). */
export const isHttps = (c: Context<AppEnv>) => c.get('origin').startsWith('https:');
