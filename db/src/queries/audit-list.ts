import type { Sql } from '../client';

export type AuditFilter = {
  communeCode: string;
  entity?: string;
  entityId?: string;
  userId?: number;
  action?: string;
  from?: string;
  to?: string;
  /** Entries with an id below this one (for the next page); newest first. */
  before?: number;
  limit: number;
};

export type AuditListEntry = {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  role: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  diff: unknown;
  requestId: string | null;
};

/** Audit entries, newest first, filtered; the client hash and chain hashes stay in the table. */
export async function listAudit(sql: Sql, f: AuditFilter): Promise<AuditListEntry[]> {
  return sql<AuditListEntry[]>`
    select a.id::float8 as id, to_json(a.at)#>>'{}' as at, a.user_id as "userId", u.username,
           a.role, a.action, a.entity, a.entity_id as "entityId", a.diff, a.request_id as "requestId"
    from audit_log a left join users u on u.id = a.user_id
    where a.commune_code = ${f.communeCode}
      ${f.entity ? sql`and a.entity = ${f.entity}` : sql``}
      ${f.entityId ? sql`and a.entity_id = ${f.entityId}` : sql``}
      ${f.userId !== undefined ? sql`and a.user_id = ${f.userId}` : sql``}
      ${f.action ? sql`and a.action = ${f.action}` : sql``}
      ${f.from ? sql`and a.at >= ${f.from}` : sql``}
      ${f.to ? sql`and a.at < ${f.to}` : sql``}
      ${f.before !== undefined ? sql`and a.id < ${f.before}` : sql``}
    order by a.id desc
    limit ${f.limit}`;
}
