import type { Sql } from '../client';
import type { referralOutcomes, supportServices } from '../schema/values';
import { keysetPage, type PageAsk } from './keyset';
import type { RowKey } from './row-key';

// Support cases (hỗ trợ, can thiệp giảm hại). Every query of support.* runs inside the wall:
// the caller has switched to ntm_support (api/src/support/support-wall.ts) and row-level
// security checks the session's role is health. The counts outside the wall come from
// ntm_support_counts only (supportCounts below), as ntm_app.

/** Where a case stands, derived from its dates and referrals (never stored). */
export const supportCaseStatuses = ['open', 'counselled', 'connected', 'closed'] as const;
export type SupportCaseStatus = (typeof supportCaseStatuses)[number];

export type SupportReferralRow = {
  id: number;
  caseId: number;
  service: (typeof supportServices)[number];
  referredOn: string;
  outcome: (typeof referralOutcomes)[number];
  outcomeOn: string | null;
  note: string | null;
};

export type SupportCaseRow = {
  id: number;
  code: string;
  villageId: number | null;
  villageName: string | null;
  openedOn: string;
  needs: (typeof supportServices)[number][];
  eligible: boolean;
  consentOn: string | null;
  counselledOn: string | null;
  closedOn: string | null;
  note: string | null;
  status: SupportCaseStatus;
  /** Services the case has been connected to (a referral with outcome connected). */
  connected: (typeof supportServices)[number][];
  createdAt: string;
};

const caseColumns = (sql: Sql) => sql`
  c.id::float8 as id, c.code, c.village_id as "villageId", v.name as "villageName",
  c.opened_on::text as "openedOn", c.needs::text[] as needs, c.eligible,
  c.consent_on::text as "consentOn", c.counselled_on::text as "counselledOn",
  c.closed_on::text as "closedOn", c.note,
  case when c.closed_on is not null then 'closed'
       when cardinality(x.connected) > 0 then 'connected'
       when c.counselled_on is not null then 'counselled'
       else 'open' end as status,
  x.connected, to_json(c.created_at)#>>'{}' as "createdAt"`;

type CaseFilter = {
  communeCode: string;
  id?: number;
  statuses?: readonly string[];
  villageId?: number;
};

/** The cases a filter keeps, as rows `q` of their columns. */
const casesSource = (sql: Sql, f: CaseFilter) => ({
  from: sql`(
      select ${caseColumns(sql)}
      from support.cases c
      left join villages v on v.id = c.village_id
      cross join lateral (
        select coalesce(array_agg(distinct r.service::text order by r.service::text), '{}') as connected
        from support.referrals r where r.case_id = c.id and r.outcome = 'connected'
      ) x
      where c.commune_code = ${f.communeCode}
        ${f.id !== undefined ? sql`and c.id = ${f.id}` : sql``}
        ${f.villageId !== undefined ? sql`and c.village_id = ${f.villageId}` : sql``}
    ) q`,
  where: sql`true ${f.statuses ? sql`and q.status = any(${f.statuses as string[]})` : sql``}`,
});

/** Newest first; `statuses` and `villageId` narrow it; `id` picks one. */
export async function listSupportCases(sql: Sql, f: CaseFilter) {
  const { from, where } = casesSource(sql, f);
  return sql<SupportCaseRow[]>`
    select * from ${from} where ${where}
    order by q."openedOn" desc, q.id desc`;
}

/** One page of them, newest first as the whole list, counted. */
export const pageSupportCases = (sql: Sql, f: CaseFilter, ask: PageAsk) =>
  keysetPage<SupportCaseRow>(
    sql,
    {
      ...casesSource(sql, f),
      columns: sql`q.*`,
      keyset: {
        parts: [
          { expr: sql`q."openedOn"::date`, type: 'date' },
          { expr: sql`q.id`, type: 'int' },
        ],
        descending: true,
      },
    },
    ask,
  );

export async function listSupportReferrals(sql: Sql, caseId: number) {
  return sql<SupportReferralRow[]>`
    select id::float8 as id, case_id::float8 as "caseId", service::text as service,
           referred_on::text as "referredOn", outcome::text as outcome,
           outcome_on::text as "outcomeOn", note
    from support.referrals where case_id = ${caseId}
    order by referred_on, id`;
}

export async function getSupportReferral(
  sql: Sql,
  key: RowKey,
): Promise<SupportReferralRow | undefined> {
  const [row] = await sql<SupportReferralRow[]>`
    select id::float8 as id, case_id::float8 as "caseId", service::text as service,
           referred_on::text as "referredOn", outcome::text as outcome,
           outcome_on::text as "outcomeOn", note
    from support.referrals where id = ${key.id} and commune_code = ${key.communeCode}
    for update`;
  return row;
}

/** The case's own columns, locked for a change. */
export async function lockSupportCase(sql: Sql, communeCode: string, id: number) {
  const [row] = await sql<
    {
      id: number;
      openedOn: string;
      consentOn: string | null;
      counselledOn: string | null;
      closedOn: string | null;
    }[]
  >`
    select id::float8 as id, opened_on::text as "openedOn", consent_on::text as "consentOn",
           counselled_on::text as "counselledOn", closed_on::text as "closedOn"
    from support.cases where id = ${id} and commune_code = ${communeCode}
    for update`;
  return row;
}

export type NewSupportCase = {
  communeCode: string;
  code: string;
  villageId: number | null;
  openedOn: string;
  needs: readonly string[];
  eligible: boolean;
  consentOn: string | null;
  counselledOn: string | null;
  note: string | null;
  createdBy: number | null;
};

/** Inserts a case; null when the code is taken (the caller draws another). */
export async function insertSupportCase(sql: Sql, v: NewSupportCase): Promise<number | null> {
  const [row] = await sql<{ id: number }[]>`
    insert into support.cases (commune_code, code, village_id, opened_on, needs, eligible,
                               consent_on, counselled_on, note, created_by)
    values (${v.communeCode}, ${v.code}, ${v.villageId}, ${v.openedOn},
            string_to_array(${v.needs.join(',')}, ',')::support_service[], ${v.eligible}, ${v.consentOn},
            ${v.counselledOn}, ${v.note}, ${v.createdBy})
    on conflict (code) do nothing
    returning id::float8 as id`;
  return row?.id ?? null;
}

/** What an edit may change: a case's own fields, and its closing day, never its code or author. */
export type SupportCaseChange = Partial<
  Omit<NewSupportCase, 'communeCode' | 'code' | 'createdBy'> & { closedOn: string | null }
>;

const caseColumnNames: Record<keyof SupportCaseChange, string> = {
  villageId: 'village_id',
  openedOn: 'opened_on',
  needs: 'needs',
  eligible: 'eligible',
  consentOn: 'consent_on',
  counselledOn: 'counselled_on',
  closedOn: 'closed_on',
  note: 'note',
};

export async function updateSupportCase(sql: Sql, id: number, change: SupportCaseChange) {
  const keys = Object.keys(change) as (keyof SupportCaseChange)[];
  if (keys.length === 0) return;
  const values: Record<string, unknown> = {};
  for (const key of keys) values[caseColumnNames[key]] = change[key];
  if (change.needs) {
    // As comma-joined text: a connection opened before the enum existed cannot send its array type.
    await sql`update support.cases set needs = string_to_array(${change.needs.join(',')}, ',')::support_service[] where id = ${id}`;
    delete values.needs;
  }
  if (Object.keys(values).length > 0) {
    await sql`update support.cases set ${sql(values as Record<string, never>)} where id = ${id}`;
  }
}

export async function insertSupportReferral(
  sql: Sql,
  v: {
    communeCode: string;
    caseId: number;
    service: string;
    referredOn: string;
    note: string | null;
    createdBy: number | null;
  },
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into support.referrals (commune_code, case_id, service, referred_on, note, created_by)
    values (${v.communeCode}, ${v.caseId}, ${v.service}, ${v.referredOn}, ${v.note}, ${v.createdBy})
    returning id::float8 as id`;
  return row.id;
}

export async function setReferralOutcome(
  sql: Sql,
  id: number,
  o: { outcome: string; outcomeOn: string | null; note?: string | null },
) {
  await sql`
    update support.referrals
    set outcome = ${o.outcome}, outcome_on = ${o.outcomeOn},
        note = ${o.note === undefined ? sql`note` : o.note}
    where id = ${id}`;
}

/** A village of the commune's map today (not one merged away): a new case goes only there. */
export async function villageInCommune(sql: Sql, communeCode: string, villageId: number) {
  const [row] = await sql`
    select 1 from villages
    where id = ${villageId} and commune_code = ${communeCode} and geom is not null`;
  return row !== undefined;
}

/** Per village (null: no village recorded) for [fromOn, toOn); see ntm_support_counts. */
export type SupportCountsRow = {
  villageId: number | null;
  opened: number;
  eligible: number;
  reached: number;
  connectedByService: Record<string, number>;
};

/**
 * The only numbers that leave the wall, as ntm_app (SECURITY DEFINER, counts only). With
 * `villagesOn` (YYYY-MM-DD) each case counts in the village of that day's map it belongs to
 * (ntm_village_as_on: a village merged away counts in the one it joined, and back).
 */
export async function supportCounts(
  sql: Sql,
  communeCode: string,
  fromOn: string,
  toOn: string,
  villagesOn?: string,
): Promise<SupportCountsRow[]> {
  if (!villagesOn) {
    return sql<SupportCountsRow[]>`
      select village_id as "villageId", opened, eligible, reached,
             connected_by_service as "connectedByService"
      from ntm_support_counts(${communeCode}, ${fromOn}::date, ${toOn}::date)`;
  }
  return sql<SupportCountsRow[]>`
    with m as (
      select case when c.village_id is not null
                  then ntm_village_as_on(${communeCode}, c.village_id, ${villagesOn}::date) end as vid,
             c.opened, c.eligible, c.reached, c.connected_by_service
      from ntm_support_counts(${communeCode}, ${fromOn}::date, ${toOn}::date) c
    )
    select m.vid as "villageId", sum(m.opened)::int as opened, sum(m.eligible)::int as eligible,
           sum(m.reached)::int as reached,
           coalesce((select jsonb_object_agg(x.k, x.n) from (
                       select e.key as k, sum(e.value::int)::int as n
                       from m m2, jsonb_each_text(m2.connected_by_service) e
                       where m2.vid is not distinct from m.vid group by e.key) x), '{}'::jsonb)
             as "connectedByService"
    from m group by m.vid`;
}

/**
 * Village polygons with id and name, for the support choropleth (geometry as GeoJSON): the
 * villages valid on `day` (YYYY-MM-DD) with that day's outline.
 */
export async function villageShapes(sql: Sql, communeCode: string, day: string) {
  return sql<{ id: number; name: string; geometry: unknown }[]>`
    select village_id as id, name, ST_AsGeoJSON(ST_ForcePolygonCCW(geom), 7)::json as geometry
    from village_boundaries
    where commune_code = ${communeCode} and valid_from <= ${day}::date
      and (valid_to is null or valid_to > ${day}::date)
    order by village_id`;
}

/** The first day the case was referred on, or null: opening cannot move after it. */
export async function firstReferralOn(sql: Sql, caseId: number): Promise<string | null> {
  const [row] = await sql<[{ day: string | null }]>`
    select min(referred_on)::text as day from support.referrals where case_id = ${caseId}`;
  return row.day;
}
