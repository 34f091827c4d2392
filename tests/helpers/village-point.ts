import type postgres from 'postgres';

/** A point surely inside the first seeded village with an outline (by id): [lng, lat]. */
export async function pointInFirstVillage(sql: postgres.Sql): Promise<[number, number]> {
  const [row] = await sql<[{ lng: number; lat: number }]>`
    select ST_X(p) as lng, ST_Y(p) as lat
    from (select ST_PointOnSurface(geom) as p from villages
          where geom is not null order by id limit 1) v`;
  return [row.lng, row.lat];
}
