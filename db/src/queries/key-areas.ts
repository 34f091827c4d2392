import type { Sql } from '../client';

/** Key areas of a commune, optionally of some kinds, as a GeoJSON FeatureCollection string. */
export async function findKeyAreasGeoJson(
  sql: Sql,
  communeCode: string,
  kinds?: readonly string[],
): Promise<string> {
  const [row] = await sql<[{ body: string }]>`
    select json_build_object(
      'type', 'FeatureCollection',
      'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', k.id,
        'geometry', ST_AsGeoJSON(ST_ForcePolygonCCW(k.geom), 7)::json,
        'properties', json_build_object('id', k.id, 'kind', k.kind, 'name', k.name, 'note', k.note)
      ) order by k.id), '[]'::json)
    )::text as body
    from key_areas k
    where k.commune_code = ${communeCode}
      ${kinds ? sql`and k.kind::text = any(${kinds as string[]})` : sql``}`;
  return row.body;
}
