import { createHash } from 'node:crypto';
import type { Sql } from '../client';
import { canonicalJson } from './canonical-json';

/** Everything the audit log records; the admin's filter offers the same list. */
export const auditActions = [
  'create',
  'update',
  'delete',
  'propose',
  'approve',
  'reject',
  'read-sensitive',
  'export',
  'login',
  'login-failed',
  'logout',
] as const;

export type AuditEntry = {
  communeCode: string;
  userId?: number | null;
  role?: string | null;
  action: (typeof auditActions)[number];
  entity: string;
  entityId: string | null;
  diff: unknown;
  requestId: string | null;
  clientHash: string | null;
};

/** SHA-256 over the previous hash and the entry's canonical form. */
export function auditHash(prevHash: string | null, entry: AuditEntry & { at: string }): string {
  return createHash('sha256')
    .update(`${prevHash ?? ''}\n${canonicalJson(entry)}`)
    .digest('hex');
}

/**
 * Appends one entry, chained to the last one. Call inside the transaction of the write it
 * records; the advisory lock keeps concurrent writers from forking the chain.
 */
export async function appendAudit(sql: Sql, entry: AuditEntry): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('audit_log'))`;
  const [last] = await sql<{ hash: string }[]>`select hash from audit_log order by id desc limit 1`;
  const prevHash = last?.hash ?? null;
  // Every field explicit, as a verifier reading the row back will see it.
  const normalized = {
    ...entry,
    userId: entry.userId ?? null,
    role: entry.role ?? null,
    diff: entry.diff ?? null,
    at: new Date().toISOString(),
  };
  const hash = auditHash(prevHash, normalized);
  const { at } = normalized;
  await sql`
    insert into audit_log (commune_code, at, user_id, role, action, entity, entity_id, diff,
                           request_id, client_hash, prev_hash, hash)
    values (${entry.communeCode}, ${at}, ${entry.userId ?? null}, ${entry.role ?? null}, ${entry.action},
            ${entry.entity}, ${entry.entityId}, ${entry.diff === undefined ? null : sql.json(entry.diff as never)},
            ${entry.requestId}, ${entry.clientHash}, ${prevHash}, ${hash})`;
}
