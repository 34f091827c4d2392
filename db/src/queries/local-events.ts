import type { Sql } from '../client';

export type LocalEvent = { id: number; name: string; from: string; to: string };

/** The local events that touch a year, in date order. */
export async function localEventsOf(sql: Sql, communeCode: string, year: number) {
  return sql<LocalEvent[]>`
    select id, name, to_char(from_date, 'YYYY-MM-DD') as from, to_char(to_date, 'YYYY-MM-DD') as to
    from local_events
    where commune_code = ${communeCode}
      and from_date <= make_date(${year}, 12, 31) and to_date >= make_date(${year}, 1, 1)
    order by from_date, id`;
}

export async function insertLocalEvent(
  sql: Sql,
  e: { communeCode: string; name: string; from: string; to: string; createdBy: number },
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into local_events (commune_code, name, from_date, to_date, created_by)
    values (${e.communeCode}, ${e.name}, ${e.from}, ${e.to}, ${e.createdBy})
    returning id`;
  return row.id;
}

/** The event removed, or null when there was none with that id. */
export async function deleteLocalEvent(sql: Sql, communeCode: string, id: number) {
  const [row] = await sql<[LocalEvent?]>`
    delete from local_events where id = ${id} and commune_code = ${communeCode}
    returning id, name, to_char(from_date, 'YYYY-MM-DD') as from, to_char(to_date, 'YYYY-MM-DD') as to`;
  return row ?? null;
}
