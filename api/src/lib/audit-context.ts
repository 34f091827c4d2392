import { createHmac, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './app-env';

// Without a configured key the process uses a random one: addresses then hash differently
// after a restart, which is acceptable for a laptop and never leaks the address itself.
const fallbackKey = randomBytes(32);

/** Who and where a write came from, as the audit log records it (the address only hashed). */
export function auditSource(c: Context<AppEnv>) {
  const { env } = c.get('deps');
  const address = c.get('clientAddress');
  const clientHash = address
    ? createHmac('sha256', env.AUDIT_HASH_KEY ?? fallbackKey)
        .update(address)
        .digest('hex')
    : null;
  const account = c.get('account');
  return {
    communeCode: env.COMMUNE_CODE,
    requestId: c.get('requestId') ?? null,
    clientHash,
    userId: account?.id ?? null,
    role: account?.role ?? null,
  };
}
