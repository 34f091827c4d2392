// Premises an import named without a usable position: the village head's list "cần đặt lên
// bản đồ" (row-level security: a village head sees their own village's, police and culture all).
import type { Sql } from '../client';
import type { businessStatuses } from '../schema/values';
import type { RegistryRecord } from './businesses';
import { keysetPage, type PageAsk } from './keyset';
import type { RowKey } from './row-key';

export type UnplacedRecord = RegistryRecord & {
  rowNumber: number;
  villageId: number;
  status: (typeof businessStatuses)[number];
};

export async function insertUnplaced(
  sql: Sql,
  communeCode: string,
  importId: number,
  records: readonly UnplacedRecord[],
): Promise<number[]> {
  if (records.length === 0) return [];
  const rows = await sql<{ id: number }[]>`
    insert into unplaced_businesses (commune_code, import_id, row_number, village_id, name, type, address,
                                     licensed_trade, licence_number, owner_name, phone, status)
    select ${communeCode}, ${importId}, u."rowNumber", u."villageId", u.name, u.type, u.address,
           u."licensedTrade", u."licenceNumber", u.owner, u.phone, u.status
    from rows from (jsonb_to_recordset(${sql.json(records as never)}) as (
      "rowNumber" int, "villageId" int, name text, type business_type, address text,
      "licensedTrade" text, "licenceNumber" text, owner text, phone text, status business_status
    )) with ordinality as u
    order by u.ordinality
    returning id::int as id`;
  return rows.map((r) => r.id);
}

export type UnplacedBusiness = UnplacedRecord & {
  id: number;
  importId: number;
  villageName: string;
  /** The import's file; null for a village head (imports of the registry are not theirs). */
  fileName: string | null;
  createdAt: string;
};

/** Those still to place, of one village or all the role may see, oldest first. */
/** A page of them, oldest first: as imported, then by id. */
export function pageUnplaced(
  sql: Sql,
  communeCode: string,
  options: { villageId?: number; withOwner: boolean },
  ask: PageAsk,
) {
  const columns = sql`
    u.id::int, u.import_id::int as "importId", u.row_number as "rowNumber", u.village_id as "villageId",
           v.name as "villageName", u.name, u.type::text, u.address, u.licensed_trade as "licensedTrade",
           u.licence_number as "licenceNumber",
           ${options.withOwner ? sql`u.owner_name` : sql`null::text`} as owner,
           ${options.withOwner ? sql`u.phone` : sql`null::text`} as phone,
           u.status::text, i.file_name as "fileName", to_json(u.created_at)#>>'{}' as "createdAt"`;
  return keysetPage<UnplacedBusiness>(
    sql,
    {
      columns,
      from: sql`unplaced_businesses u join villages v on v.id = u.village_id
         left join imports i on i.id = u.import_id`,
      where: sql`u.commune_code = ${communeCode} and u.placed_at is null and u.removed_at is null
      ${options.villageId !== undefined ? sql`and u.village_id = ${options.villageId}` : sql``}`,
      keyset: {
        parts: [
          { expr: sql`u.created_at`, type: 'instant' },
          { expr: sql`u.id`, type: 'int' },
        ],
      },
    },
    ask,
  );
}

/** One still to place, locked; null when unknown, placed, removed or hidden from the role. */
export async function getUnplaced(sql: Sql, key: RowKey): Promise<UnplacedBusiness | null> {
  const rows = await sql<UnplacedBusiness[]>`
    select u.id::int, u.import_id::int as "importId", u.row_number as "rowNumber", u.village_id as "villageId",
           v.name as "villageName", u.name, u.type::text, u.address, u.licensed_trade as "licensedTrade",
           u.licence_number as "licenceNumber", u.owner_name as owner, u.phone, u.status::text,
           null::text as "fileName", to_json(u.created_at)#>>'{}' as "createdAt"
    from unplaced_businesses u join villages v on v.id = u.village_id
    where u.id = ${key.id} and u.commune_code = ${key.communeCode} and u.placed_at is null and u.removed_at is null
    for update of u`;
  return rows[0] ?? null;
}

export async function markPlaced(
  sql: Sql,
  id: number,
  placed: { userId: number; businessId: number | null; proposalId: number | null },
): Promise<void> {
  await sql`
    update unplaced_businesses
    set placed_at = now(), placed_by = ${placed.userId}, business_id = ${placed.businessId},
        proposal_id = ${placed.proposalId}
    where id = ${id}`;
}

/**
 * A village head's placement the reviewers decided: approved, the row points at the new business;
 * rejected, it goes back to the village's list to place again. Answers the row's id, if any.
 */
export async function settlePlacement(
  sql: Sql,
  proposalId: number,
  decision: { businessId: number } | 'rejected',
): Promise<number | null> {
  const rows =
    decision === 'rejected'
      ? await sql<{ id: number }[]>`
          update unplaced_businesses set placed_at = null, placed_by = null, proposal_id = null
          where proposal_id = ${proposalId} and removed_at is null returning id::int`
      : await sql<{ id: number }[]>`
          update unplaced_businesses set business_id = ${decision.businessId}
          where proposal_id = ${proposalId} and removed_at is null returning id::int`;
  return rows[0]?.id ?? null;
}

/** An import's rows that were placed since (they block its undo), with their names. */
export async function placedOfImport(sql: Sql, importId: number) {
  return sql<{ id: number; name: string }[]>`
    select id::int, name from unplaced_businesses
    where import_id = ${importId} and placed_at is not null and removed_at is null order by id`;
}

/** Takes an import's rows off every list (its undo). */
export async function removeUnplacedOfImport(sql: Sql, importId: number): Promise<number> {
  const rows = await sql`
    update unplaced_businesses set removed_at = now()
    where import_id = ${importId} and placed_at is null and removed_at is null returning id`;
  return rows.length;
}
