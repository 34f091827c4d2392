import type { Sql } from '../client';
import { featureCollection } from './feature-collection';

/** Key areas of a commune, optionally of some kinds, as a GeoJSON FeatureCollection string. */
export async function findKeyAreasGeoJson(
  sql: Sql,
  communeCode: string,
  kinds?: readonly string[],
): Promise<string> {
  const [row] = await sql<[{ body: string }]>`
    select ${featureCollection(
      sql,
      sql`json_build_object(
        'type', 'Feature',
        'id', k.id,
        'geometry', ST_AsGeoJSON(ST_ForcePolygonCCW(k.geom), 7)::json,
        'properties', json_build_object('id', k.id, 'kind', k.kind, 'name', k.name, 'note', k.note)
      )`,
      sql`k.id`,
    )} as body
    from key_areas k
    where k.commune_code = ${communeCode}
      ${kinds ? sql`and k.kind::text = any(${kinds as string[]})` : sql``}`;
  return row.body;
}
