import type { Geometry } from 'geojson';
import type { Sql } from '../client';

/** A position in WGS 84 and whether it lies in Vietnam by the rule the tables enforce. */
export type Wgs84Point = { lng: number; lat: number; inVietnam: boolean };

/**
 * Points in any supported system (x = easting or longitude, y = northing or latitude) to WGS 84
 * through PROJ, in one query however many: an import's 20,000 rows cost one round trip.
 * `inVietnam` is `ntm_within_vietnam`, the check constraint of every geometry column.
 */
export async function pointsToWgs84(
  sql: Sql,
  points: ReadonlyArray<readonly [number, number]>,
  fromEpsg: number,
): Promise<Wgs84Point[]> {
  if (points.length === 0) return [];
  const rows = await sql<Array<{ lng: number; lat: number; inVietnam: boolean }>>`
    select ST_X(g) as lng, ST_Y(g) as lat, ntm_within_vietnam(g) as "inVietnam"
    from (
      select n, ST_Transform(ST_SetSRID(ST_MakePoint(x, y), ${fromEpsg}::int), 4326) as g
      from unnest(${points.map((p) => p[0])}::float8[], ${points.map((p) => p[1])}::float8[])
        with ordinality as t(x, y, n)
    ) moved
    order by n`;
  return rows.map((r) => ({ lng: r.lng, lat: r.lat, inVietnam: r.inVietnam }));
}

/** GeoJSON geometries in `fromEpsg` to WGS 84 (9 decimals), in one query, with the same check. */
export async function geometriesToWgs84(
  sql: Sql,
  geometries: readonly Geometry[],
  fromEpsg: number,
): Promise<Array<{ geometry: Geometry; inVietnam: boolean }>> {
  if (geometries.length === 0) return [];
  const rows = await sql<Array<{ geometry: Geometry; inVietnam: boolean }>>`
    select ST_AsGeoJSON(g, 9)::json as geometry, ntm_within_vietnam(g) as "inVietnam"
    from (
      select n, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(j), ${fromEpsg}::int), 4326) as g
      from unnest(${geometries.map((g) => JSON.stringify(g))}::text[]) with ordinality as t(j, n)
    ) moved
    order by n`;
  return rows.map((r) => ({ geometry: r.geometry, inVietnam: r.inVietnam }));
}
