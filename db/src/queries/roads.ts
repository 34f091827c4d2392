import type { Sql } from '../client';
import { featureCollection } from './feature-collection';
import type { GeoJsonText, RoadCollection } from './geojson-layers';

/** Road segments of a commune as a GeoJSON FeatureCollection string. */
export async function findRoadsGeoJson(
  sql: Sql,
  communeCode: string,
): Promise<GeoJsonText<RoadCollection>> {
  const [row] = await sql<[{ body: string }]>`
    select ${featureCollection(
      sql,
      sql`json_build_object(
        'type', 'Feature',
        'id', r.id,
        'geometry', ST_AsGeoJSON(r.geom, 7)::json,
        'properties', json_build_object('id', r.id, 'class', r.class, 'name', r.name)
      )`,
      sql`r.id`,
    )} as body
    from roads r
    where r.commune_code = ${communeCode}`;
  return row.body;
}
