import type { Sql } from '../client';
import type { planAgencyKinds } from '../schema/values';
import type { RowKey } from './row-key';

export type AgencyRow = {
  id: number;
  kind: (typeof planAgencyKinds)[number];
  name: string;
  active: boolean;
};

export async function listAgencies(sql: Sql, communeCode: string) {
  return sql<AgencyRow[]>`
    select id, kind, name, active from agencies
    where commune_code = ${communeCode} order by id`;
}

export async function agencyExists(sql: Sql, communeCode: string, id: number): Promise<boolean> {
  const rows = await sql`select 1 from agencies where commune_code = ${communeCode} and id = ${id}`;
  return rows.length > 0;
}

export type OfficerRow = {
  id: number;
  fullName: string;
  position: string;
  agencyId: number;
  agencyName: string;
  active: boolean;
  /** Attended at least one training in the year asked for. */
  trainedInYear: boolean;
  /** The last training day in that year, or null. */
  lastTrainedOn: string | null;
};

/** Officers by agency and name, each with whether they were trained in `year`. */
export async function listOfficers(
  sql: Sql,
  f: { communeCode: string; year: number; id?: number },
) {
  return sql<OfficerRow[]>`
    select o.id, o.full_name as "fullName", o.position, o.agency_id as "agencyId",
           a.name as "agencyName", o.active,
           t.last_on is not null as "trainedInYear",
           to_char(t.last_on, 'YYYY-MM-DD') as "lastTrainedOn"
    from officers o
    join agencies a on a.id = o.agency_id
    left join lateral (
      select max(held_on) as last_on from trainings tr
      where tr.officer_id = o.id
        and tr.held_on >= make_date(${f.year}, 1, 1) and tr.held_on < make_date(${f.year} + 1, 1, 1)
    ) t on true
    where o.commune_code = ${f.communeCode}
      ${f.id !== undefined ? sql`and o.id = ${f.id}` : sql``}
    order by a.id, o.full_name, o.id`;
}

export type OfficerRecord = {
  agencyId: number;
  fullName: string;
  position: string;
  active: boolean;
};

export async function getOfficerRecord(sql: Sql, key: RowKey): Promise<OfficerRecord | null> {
  const rows = await sql<OfficerRecord[]>`
    select agency_id as "agencyId", full_name as "fullName", position, active
    from officers where commune_code = ${key.communeCode} and id = ${key.id} for update`;
  return rows[0] ?? null;
}

export async function insertOfficer(
  sql: Sql,
  communeCode: string,
  o: OfficerRecord,
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into officers (commune_code, agency_id, full_name, position, active)
    values (${communeCode}, ${o.agencyId}, ${o.fullName}, ${o.position}, ${o.active})
    returning id`;
  return row.id;
}

export async function updateOfficer(sql: Sql, key: RowKey, o: OfficerRecord): Promise<void> {
  await sql`
    update officers set agency_id = ${o.agencyId}, full_name = ${o.fullName},
                        position = ${o.position}, active = ${o.active}
    where commune_code = ${key.communeCode} and id = ${key.id}`;
}

/** Of the ids given, those that are not active officers of the commune. */
export async function unknownOfficers(
  sql: Sql,
  communeCode: string,
  ids: readonly number[],
): Promise<number[]> {
  const rows = await sql<{ id: number }[]>`
    select i as id from unnest(${ids as number[]}::int[]) as i
    where not exists (select 1 from officers o
                      where o.id = i and o.commune_code = ${communeCode} and o.active)
    order by i`;
  return rows.map((r) => r.id);
}
