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
  'login',
  'login-failed',
  'logout',
  'import',
  'undo-import',
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

/**
 * Appends many entries in order, chained as appendAudit chains one: one lock, one read of the
 * last hash, then the rows in slices (an import of 20,000 premises writes 20,000 entries).
 */
export async function appendAudits(sql: Sql, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await sql`select pg_advisory_xact_lock(hashtext('audit_log'))`;
  const [last] = await sql<{ hash: string }[]>`select hash from audit_log order by id desc limit 1`;
  let prevHash = last?.hash ?? null;
  const at = new Date().toISOString();
  const rows = entries.map((entry) => {
    const normalized = {
      ...entry,
      userId: entry.userId ?? null,
      role: entry.role ?? null,
      diff: entry.diff ?? null,
      at,
    };
    const hash = auditHash(prevHash, normalized);
    const row = { ...normalized, prevHash, hash };
    prevHash = hash;
    return row;
  });
  for (let start = 0; start < rows.length; start += 2000) {
    const slice = rows.slice(start, start + 2000);
    await sql`
      insert into audit_log (commune_code, at, user_id, role, action, entity, entity_id, diff,
                             request_id, client_hash, prev_hash, hash)
      select e."communeCode", e.at, e."userId", e.role, e.action, e.entity, e."entityId", e.diff,
             e."requestId", e."clientHash", e."prevHash", e.hash
      from rows from (jsonb_to_recordset(${sql.json(slice as never)}) as (
        "communeCode" text, at timestamptz, "userId" int, role text, action text, entity text,
        "entityId" text, diff jsonb, "requestId" text, "clientHash" text, "prevHash" text, hash text)
      ) with ordinality as e
      order by e.ordinality`;
  }
}
