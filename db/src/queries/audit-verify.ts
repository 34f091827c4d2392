import type { Pool } from '../client';
import { type AuditEntry, auditHash } from './audit';

export type ChainCheck =
  | { ok: true; entries: number }
  | {
      ok: false;
      entries: number;
      brokenAt: number;
      reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'missing-entry';
    };

type Row = AuditEntry & { id: number; at: Date; prevHash: string | null; hash: string };

/**
 * Walks the audit log in id order, recomputing every hash from the row's own content and its
 * predecessor's hash. Names the first row where the chain breaks: an edited row no longer
 * matches its hash, a deleted one leaves its successor pointing at a hash that is not there.
 */
export async function verifyAuditChain(sql: Pool): Promise<ChainCheck> {
  let previous: { id: number; hash: string } | null = null;
  let entries = 0;
  let broken: ChainCheck | null = null;
  await sql<Row[]>`
    select id::float8 as id, commune_code as "communeCode", at, user_id as "userId", role, action,
           entity, entity_id as "entityId", diff, request_id as "requestId",
           client_hash as "clientHash", prev_hash as "prevHash", hash
    from audit_log order by id`.cursor(500, (rows) => {
    for (const row of rows) {
      entries += 1;
      const { id, prevHash, hash, at, ...entry } = row;
      if (prevHash !== (previous?.hash ?? null)) {
        broken = {
          ok: false,
          entries,
          brokenAt: id,
          reason: previous ? 'prev-hash-mismatch' : 'missing-entry',
        };
        return sql.CLOSE;
      }
      if (auditHash(prevHash, { ...entry, at: new Date(at).toISOString() }) !== hash) {
        broken = { ok: false, entries, brokenAt: id, reason: 'hash-mismatch' };
        return sql.CLOSE;
      }
      previous = { id, hash };
    }
  });
  return broken ?? { ok: true, entries };
}
