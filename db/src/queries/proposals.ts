import type { Sql } from '../client';
import type { BusinessRecord, LngLat } from './businesses';
import { type Keyset, keysetPage, type PageAsk } from './keyset';
import type { LockableRowKey } from './row-key';

export type ProposalAction = 'create' | 'update' | 'delete';
export type ProposalStatus = 'pending' | 'approved' | 'rejected';

export type NewProposal = {
  communeCode: string;
  action: ProposalAction;
  businessId: number | null;
  villageId: number;
  proposedBy: number;
  /** The business as the village head saw it (update, delete). */
  before: BusinessRecord | null;
  /** create: the whole business; update: only the fields that change; delete: null. */
  changes: Partial<BusinessRecord> | null;
};

export type ProposalRow = {
  id: number;
  action: ProposalAction;
  status: ProposalStatus;
  businessId: number | null;
  village: { id: number; name: string };
  proposedBy: { id: number; displayName: string };
  proposedAt: string;
  before: BusinessRecord | null;
  changes: Partial<BusinessRecord> | null;
  decidedBy: { id: number; displayName: string } | null;
  decidedAt: string | null;
  reason: string | null;
};

const point = (sql: Sql, lngLat: LngLat | undefined) =>
  lngLat ? sql`ST_SetSRID(ST_MakePoint(${lngLat[0]}, ${lngLat[1]}), 4326)` : sql`null`;

/** Files a proposal; row-level security refuses one outside the proposer's village. */
export async function insertProposal(sql: Sql, p: NewProposal): Promise<number> {
  const afterLngLat = p.changes?.lngLat ?? (p.action === 'update' ? p.before?.lngLat : undefined);
  const [row] = await sql<[{ id: number }]>`
    insert into proposals (commune_code, action, business_id, village_id, proposed_by,
                           before, before_geom, changes, after_geom)
    values (${p.communeCode}, ${p.action}, ${p.businessId}, ${p.villageId}, ${p.proposedBy},
            ${p.before ? sql.json(p.before as never) : null}, ${point(sql, p.before?.lngLat)},
            ${p.changes ? sql.json(p.changes as never) : null}, ${point(sql, afterLngLat)})
    returning id::int as id`;
  return row.id;
}

export type ProposalFilter = {
  communeCode: string;
  id?: number;
  statuses?: readonly ProposalStatus[];
  villageId?: number;
  businessId?: number;
  limit?: number;
  /** Lock the rows for a decision (inside its transaction). */
  forUpdate?: boolean;
};

const proposalColumns = (sql: Sql) => sql`
    p.id::float8 as id, p.action, p.status, p.business_id::float8 as "businessId",
    json_build_object('id', v.id, 'name', v.name) as village,
    json_build_object('id', pu.id, 'displayName', pu.display_name) as "proposedBy",
    to_json(p.proposed_at)#>>'{}' as "proposedAt", p.before, p.changes,
    case when du.id is null then null
         else json_build_object('id', du.id, 'displayName', du.display_name) end as "decidedBy",
    to_json(p.decided_at)#>>'{}' as "decidedAt", p.reason`;

const proposalSource = (sql: Sql, f: ProposalFilter) => ({
  from: sql`proposals p
    join villages v on v.id = p.village_id
    join users pu on pu.id = p.proposed_by
    left join users du on du.id = p.decided_by`,
  where: sql`p.commune_code = ${f.communeCode}
    ${f.id !== undefined ? sql`and p.id = ${f.id}` : sql``}
    ${f.statuses ? sql`and p.status::text = any(${f.statuses as string[]})` : sql``}
    ${f.villageId !== undefined ? sql`and p.village_id = ${f.villageId}` : sql``}
    ${f.businessId !== undefined ? sql`and p.business_id = ${f.businessId}` : sql``}`,
});

/** Proposals the actor may see (row-level security decides): pending first, oldest first. */
export async function listProposals(sql: Sql, f: ProposalFilter): Promise<ProposalRow[]> {
  const { from, where } = proposalSource(sql, f);
  return sql<ProposalRow[]>`
    select ${proposalColumns(sql)}
    from ${from}
    where ${where}
    order by p.status = 'pending' desc,
             case when p.status = 'pending' then p.proposed_at end asc,
             p.decided_at desc nulls last, p.id desc
    limit ${f.limit ?? 200}
    ${f.forUpdate ? sql`for update of p` : sql``}`;
}

/**
 * listProposals' order as one ascending key: pending ones (0) oldest first, then the decided
 * (1) most recently decided first (undecided last), then the newest id first.
 */
const proposalOrder = (sql: Sql): Keyset => ({
  parts: [
    { expr: sql`(case when p.status = 'pending' then 0 else 1 end)`, type: 'int' },
    {
      expr: sql`(case when p.status = 'pending' then extract(epoch from p.proposed_at)
                      when p.decided_at is null then 1e12
                      else -extract(epoch from p.decided_at) end)`,
      type: 'numeric',
    },
    { expr: sql`(-p.id)`, type: 'int' },
  ],
});

/** One page of the proposals a filter keeps, in listProposals' order, counted. */
export const pageProposals = (sql: Sql, f: ProposalFilter, ask: PageAsk) =>
  keysetPage<ProposalRow>(
    sql,
    { ...proposalSource(sql, f), columns: proposalColumns(sql), keyset: proposalOrder(sql) },
    ask,
  );

export async function getProposal(sql: Sql, key: LockableRowKey): Promise<ProposalRow | null> {
  const [row] = await listProposals(sql, { ...key, limit: 1 });
  return row ?? null;
}

/** Records the decision; the policy lets only police or culture decide a pending proposal. */
export async function decideProposal(
  sql: Sql,
  d: {
    id: number;
    status: 'approved' | 'rejected';
    decidedBy: number;
    reason: string | null;
    businessId?: number;
  },
): Promise<void> {
  await sql`
    update proposals set status = ${d.status}, decided_by = ${d.decidedBy}, decided_at = now(),
           reason = ${d.reason}, business_id = coalesce(${d.businessId ?? null}, business_id)
    where id = ${d.id} and status = 'pending'`;
}
