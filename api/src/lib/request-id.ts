import { randomUUID } from 'node:crypto';
import type { Context, Next } from 'hono';

/**
 * A client's request id is kept (it reaches the audit trail) only when well-formed: 8–64
 * letters, digits, `-` or `_` (a UUID, a proxy's hex id). Anything else gets a fresh UUID.
 */
export const wellFormedRequestIdPattern = /^[A-Za-z0-9_-]{8,64}$/;

export async function wellFormedRequestId(c: Context, next: Next) {
  const given = c.req.header('x-request-id');
  const id = given && wellFormedRequestIdPattern.test(given) ? given : randomUUID();
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
}
