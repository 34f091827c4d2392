import type { Sql } from '../client';
import type { onlineViolationKinds, takedownStatuses } from '../schema/values';
import { keysetPage, type PageAsk } from './keyset';

export type OnlineViolationRow = {
  id: number;
  foundAt: string;
  platform: string;
  target: string;
  kind: (typeof onlineViolationKinds)[number];
  description: string | null;
  tipId: number | null;
  takedownStatus: (typeof takedownStatuses)[number];
  takedownRequestedAt: string | null;
  takedownNote: string | null;
};

const columns = (sql: Sql) => sql`
  id::float8 as id, to_json(found_at)#>>'{}' as "foundAt", platform, target, kind, description,
  tip_id::float8 as "tipId", takedown_status as "takedownStatus",
  to_json(takedown_requested_at)#>>'{}' as "takedownRequestedAt", takedown_note as "takedownNote"`;

/** Newest first; row-level security keeps them to the police. */
type ViolationFilter = {
  communeCode: string;
  id?: number;
  statuses?: readonly string[];
  forUpdate?: boolean;
};

const violationsWhere = (sql: Sql, f: ViolationFilter) => sql`
  commune_code = ${f.communeCode}
  ${f.id !== undefined ? sql`and id = ${f.id}` : sql``}
  ${f.statuses ? sql`and takedown_status::text = any(${f.statuses as string[]})` : sql``}`;

export async function listOnlineViolations(sql: Sql, f: ViolationFilter) {
  return sql<OnlineViolationRow[]>`
    select ${columns(sql)} from online_violations
    where ${violationsWhere(sql, f)}
    order by found_at desc, id desc
    ${f.forUpdate ? sql`for update` : sql``}`;
}

/** One page of them, newest first as the whole list, counted. */
export const pageOnlineViolations = (sql: Sql, f: ViolationFilter, ask: PageAsk) =>
  keysetPage<OnlineViolationRow>(
    sql,
    {
      columns: columns(sql),
      from: sql`online_violations`,
      where: violationsWhere(sql, f),
      keyset: {
        parts: [
          { expr: sql`found_at`, type: 'instant' },
          { expr: sql`id`, type: 'int' },
        ],
        descending: true,
      },
    },
    ask,
  );

export async function insertOnlineViolation(
  sql: Sql,
  v: {
    communeCode: string;
    foundAt: string;
    platform: string;
    target: string;
    kind: string;
    description: string | null;
    tipId: number | null;
    createdBy: number;
  },
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into online_violations (commune_code, found_at, platform, target, kind, description, tip_id, created_by)
    values (${v.communeCode}, ${v.foundAt}, ${v.platform}, ${v.target}, ${v.kind}, ${v.description},
            ${v.tipId}, ${v.createdBy})
    returning id::float8 as id`;
  return row.id;
}

export async function setTakedown(
  sql: Sql,
  id: number,
  t: { status: string; note: string | null; requestedAt: string | null },
) {
  await sql`
    update online_violations
    set takedown_status = ${t.status}, takedown_note = coalesce(${t.note}, takedown_note),
        takedown_requested_at = coalesce(${t.requestedAt}, takedown_requested_at)
    where id = ${id}`;
}
