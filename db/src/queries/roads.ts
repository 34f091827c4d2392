import type { Sql } from '../client';
import { featuresById } from './feature-collection';
import type { GeoJsonText, RoadCollection } from './geojson-layers';

/** Road segments of a commune as a GeoJSON FeatureCollection string. */
export async function findRoadsGeoJson(
  sql: Sql,
  communeCode: string,
): Promise<GeoJsonText<RoadCollection>> {
  const [row] = await sql<[{ body: string }]>`
    select ${featuresById(sql, {
      id: sql`r.id`,
      geometry: sql`r.geom`,
      properties: sql`json_build_object('id', r.id, 'class', r.class, 'name', r.name)`,
    })} as body
    from roads r
    where r.commune_code = ${communeCode}`;
  return row.body;
}
