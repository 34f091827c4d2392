import type { Sql } from '../client';
import type { LngLat } from './businesses';
import { geoJsonFeature } from './feature-collection';
import type { CommuneFeature, GeoJsonText } from './geojson-layers';

/** Where a point stands relative to the commune: inside, or why not. */
export type PlaceCheck =
  | { inside: true }
  | { inside: false; reason: 'outside-vietnam' | 'outside-commune' };

export async function checkPointInCommune(
  sql: Sql,
  communeCode: string,
  [lng, lat]: LngLat,
): Promise<PlaceCheck> {
  const [row] = await sql<[{ vietnam: boolean; commune: boolean | null }]>`
    select ntm_within_vietnam(p) as vietnam,
           (select ST_Covers(c.geom, p) from communes c where c.commune_code = ${communeCode}) as commune
    from ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326) as p`;
  if (!row.vietnam) return { inside: false, reason: 'outside-vietnam' };
  if (!row.commune) return { inside: false, reason: 'outside-commune' };
  return { inside: true };
}

/**
 * The commune's bounding box today, `[minLng, minLat, maxLng, maxLat]`, or null when it is not
 * loaded: what TileJSON and OGC collections name as their extent, without the outline itself.
 */
export async function communeBounds(
  sql: Sql,
  communeCode: string,
): Promise<[number, number, number, number] | null> {
  const [row] = await sql<[{ bbox: [string, string, string, string] | null } | undefined]>`
    select array[round(ST_XMin(geom)::numeric, 7), round(ST_YMin(geom)::numeric, 7),
                 round(ST_XMax(geom)::numeric, 7), round(ST_YMax(geom)::numeric, 7)]::text[] as bbox
    from communes where commune_code = ${communeCode}`;
  return row?.bbox ? (row.bbox.map(Number) as [number, number, number, number]) : null;
}

/**
 * The commune boundary as a GeoJSON Feature string, or null when it is not loaded: the one valid
 * on `day` (YYYY-MM-DD, from commune_boundaries), or today's. `validFrom` is
 * null for "since before the app knew", `validTo` (exclusive) null while in force.
 */
export async function getCommuneGeoJson(
  sql: Sql,
  communeCode: string,
  day?: string,
): Promise<GeoJsonText<CommuneFeature> | null> {
  const vietnamToday = sql`(now() at time zone 'Asia/Ho_Chi_Minh')::date`;
  const rows = await sql<{ body: string }[]>`
    select ${geoJsonFeature(sql, {
      id: sql`c.commune_code`,
      geometry: sql`ST_ForcePolygonCCW(c.geom)`,
      properties: sql`json_build_object(
        'code', c.commune_code,
        'name', c.name,
        'province', c.province,
        'areaKm2', round((ST_Area(c.geom::geography) / 1e6)::numeric, 3),
        'bbox', json_build_array(round(ST_XMin(c.geom)::numeric, 7), round(ST_YMin(c.geom)::numeric, 7),
                                 round(ST_XMax(c.geom)::numeric, 7), round(ST_YMax(c.geom)::numeric, 7)),
        'validFrom', case when isfinite(c.valid_from) then c.valid_from::text end,
        'validTo', c.valid_to::text
      )`,
    })}::text as body
    from (
      select c.commune_code, c.name, c.province, ${day ? sql`b.geom` : sql`c.geom`} as geom,
             b.valid_from, b.valid_to
      from communes c
      ${day ? sql`join` : sql`left join`} commune_boundaries b on b.commune_code = c.commune_code
       and b.valid_from <= coalesce(${day ?? null}::date, ${vietnamToday})
       and (b.valid_to is null or b.valid_to > coalesce(${day ?? null}::date, ${vietnamToday}))
      where c.commune_code = ${communeCode}
    ) c`;
  return rows[0]?.body ?? null;
}

/** Name, and whether the boundary is the synthetic demo one (the UI labels it). */
export async function getCommuneInfo(sql: Sql, communeCode: string) {
  const rows = await sql<{ name: string; synthetic: boolean }[]>`
    select name, synthetic from communes where commune_code = ${communeCode}`;
  return rows[0] ?? null;
}
