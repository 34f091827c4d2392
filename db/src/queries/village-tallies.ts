import type { Sql } from '../client';

export type VillageTally = {
  /** Null: the premises no village of the day holds (none in a consistent map). */
  villageId: number | null;
  villageName: string | null;
  businesses: number;
  inspections: number;
  withViolation: number;
};

/**
 * Per village of the map of `villagesOn`: the registry as of `asOf` (reviews from `yearFrom`)
 * and the recorded inspections in [from, to), for the plan's readers (ntm_village_tallies).
 */
export function villageTallies(
  sql: Sql,
  communeCode: string,
  p: { yearFrom: string; asOf: string; from: string; to: string; villagesOn: string },
) {
  return sql<VillageTally[]>`
    select village_id as "villageId", village_name as "villageName", businesses, inspections,
           with_violation as "withViolation"
    from ntm_village_tallies(${communeCode}, ${p.yearFrom}::date, ${p.asOf}::date,
                             ${p.from}::timestamptz, ${p.to}::timestamptz, ${p.villagesOn}::date)
    order by village_id nulls last`;
}

/**
 * Which version of the villages' map a day shows: the latest start among the outlines valid
 * that day (null: since before the app knew) and the earliest end (null: still in force).
 */
export async function villageMapVersion(sql: Sql, communeCode: string, day: string) {
  const [row] = await sql<[{ validFrom: string | null; validTo: string | null }]>`
    select case when isfinite(max(valid_from)) then max(valid_from)::text end as "validFrom",
           min(valid_to)::text as "validTo"
    from village_boundaries
    where commune_code = ${communeCode} and valid_from <= ${day}::date
      and (valid_to is null or valid_to > ${day}::date)`;
  return row;
}
