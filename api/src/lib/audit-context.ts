import { createHmac, randomBytes } from 'node:crypto';
import type { Sql } from '@ntm/db/client';
import { type AuditEntry, appendAudit } from '@ntm/db/queries/audit';
import type { Context } from 'hono';
import type { AppEnv } from './app-env';

// Without a configured key the process uses a random one: addresses then hash differently
// after a restart, which is acceptable for a laptop and never leaks the address itself.
const fallbackKey = randomBytes(32);

/** Who and where a write came from, as the audit log records it (the address only hashed). */
export type AuditSource = {
  communeCode: string;
  requestId: string | null;
  clientHash: string | null;
  userId: number | null;
  role: string | null;
};

/**
 * The request's audit source: the commune, the request id, the signed-in account and the client
 * address as an HMAC (AUDIT_HASH_KEY), so the trail can tell requests from one address apart
 * without ever holding the address.
 */
export function auditSource(c: Context<AppEnv>): AuditSource {
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

/**
 * Records one action of `source` on one entity in the audit log, in the transaction of the
 * write it records. `entityId` is null for an action on no one row (a filtered read).
 */
export function recordAudit(
  tx: Sql,
  source: AuditSource,
  action: AuditEntry['action'],
  entity: string,
  entityId: number | string | null,
  diff: unknown,
): Promise<void> {
  return appendAudit(tx, {
    ...source,
    action,
    entity,
    entityId: entityId === null ? null : String(entityId),
    diff,
  });
}
