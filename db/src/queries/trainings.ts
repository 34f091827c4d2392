import type { Sql } from '../client';
import type { RowKey } from './row-key';

export type TrainingRow = {
  id: number;
  officerId: number;
  officerName: string;
  agencyName: string;
  course: string;
  heldOn: string;
  hours: number | null;
  provider: string | null;
};

/** Attendances in a year (or by id), newest first. */
export async function listTrainings(
  sql: Sql,
  f: { communeCode: string; year?: number; ids?: readonly number[] },
) {
  return sql<TrainingRow[]>`
    select t.id::float8 as id, t.officer_id as "officerId", o.full_name as "officerName",
           a.name as "agencyName", t.course, to_char(t.held_on, 'YYYY-MM-DD') as "heldOn",
           t.hours, t.provider
    from trainings t
    join officers o on o.id = t.officer_id
    join agencies a on a.id = o.agency_id
    where t.commune_code = ${f.communeCode}
      ${f.year !== undefined ? sql`and t.held_on >= make_date(${f.year}, 1, 1) and t.held_on < make_date(${f.year} + 1, 1, 1)` : sql``}
      ${f.ids ? sql`and t.id = any(${f.ids as number[]}::bigint[])` : sql``}
    order by t.held_on desc, o.full_name, t.id`;
}

/** Officers among `officerIds` already recorded at this course on this day. */
export async function alreadyTrained(
  sql: Sql,
  communeCode: string,
  t: { course: string; heldOn: string; officerIds: readonly number[] },
): Promise<number[]> {
  const rows = await sql<{ id: number }[]>`
    select distinct officer_id as id from trainings
    where commune_code = ${communeCode} and held_on = ${t.heldOn}
      and lower(course) = lower(${t.course})
      and officer_id = any(${t.officerIds as number[]}::int[])
    order by 1`;
  return rows.map((r) => r.id);
}

/** One row per officer; returns the new ids in the order of `officerIds`. */
export async function insertTrainings(
  sql: Sql,
  t: {
    communeCode: string;
    course: string;
    heldOn: string;
    hours: number | null;
    provider: string | null;
    officerIds: readonly number[];
    createdBy: number | null;
  },
): Promise<number[]> {
  const rows = await sql<{ id: number }[]>`
    insert into trainings (commune_code, officer_id, course, held_on, hours, provider, created_by)
    select ${t.communeCode}, o, ${t.course}, ${t.heldOn}, ${t.hours}, ${t.provider}, ${t.createdBy}
    from unnest(${t.officerIds as number[]}::int[]) with ordinality as x(o, n)
    order by n
    returning id::float8 as id`;
  return rows.map((r) => r.id);
}

export async function deleteTraining(
  sql: Sql,
  key: RowKey,
): Promise<{ officerId: number; course: string; heldOn: string } | null> {
  const rows = await sql<{ officerId: number; course: string; heldOn: string }[]>`
    delete from trainings where commune_code = ${key.communeCode} and id = ${key.id}
    returning officer_id as "officerId", course, to_char(held_on, 'YYYY-MM-DD') as "heldOn"`;
  return rows[0] ?? null;
}
