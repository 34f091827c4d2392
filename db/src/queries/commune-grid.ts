import type { Sql } from '../client';

/**
 * Where the commune's hex grid starts: its centroid rounded to 0.01°, so the cells stay put when
 * the boundary is redrawn a little. Null when the commune is not loaded.
 */
export async function communeGridOrigin(
  sql: Sql,
  communeCode: string,
): Promise<[number, number] | null> {
  const [row] = await sql<[{ lng: number; lat: number }?]>`
    select round(ST_X(ST_Centroid(geom))::numeric, 2)::float8 as lng,
           round(ST_Y(ST_Centroid(geom))::numeric, 2)::float8 as lat
    from communes where commune_code = ${communeCode}`;
  return row ? [row.lng, row.lat] : null;
}

/** How many of the points lie inside the commune (cell centres, to measure its area in cells). */
export async function countPointsInCommune(
  sql: Sql,
  communeCode: string,
  points: readonly (readonly [number, number])[],
): Promise<number> {
  const [row] = await sql<[{ n: number }]>`
    select count(*)::int as n
    from communes c,
         unnest(${points.map((p) => p[0])}::float8[], ${points.map((p) => p[1])}::float8[]) as p(lng, lat)
    where c.commune_code = ${communeCode} and ST_Covers(c.geom, ST_SetSRID(ST_MakePoint(p.lng, p.lat), 4326))`;
  return row.n;
}

/** The commune's bounding box [west, south, east, north], or null when it is not loaded. */
export async function communeBbox(
  sql: Sql,
  communeCode: string,
): Promise<[number, number, number, number] | null> {
  const [row] = await sql<[{ w: number; s: number; e: number; n: number }?]>`
    select ST_XMin(geom) as w, ST_YMin(geom) as s, ST_XMax(geom) as e, ST_YMax(geom) as n
    from communes where commune_code = ${communeCode}`;
  return row ? [row.w, row.s, row.e, row.n] : null;
}
