import type { Sql } from '../client';
import { featureCollection, geoJsonFeature } from './feature-collection';
import type { GeoJsonText, RoadCollection } from './geojson-layers';

/** Road segments of a commune as a GeoJSON FeatureCollection string. */
export async function findRoadsGeoJson(
  sql: Sql,
  communeCode: string,
): Promise<GeoJsonText<RoadCollection>> {
  const [row] = await sql<[{ body: string }]>`
    select ${featureCollection(
      sql,
      geoJsonFeature(sql, {
        id: sql`r.id`,
        geometry: sql`r.geom`,
        properties: sql`json_build_object('id', r.id, 'class', r.class, 'name', r.name)`,
      }),
      sql`r.id`,
    )} as body
    from roads r
    where r.commune_code = ${communeCode}`;
  return row.body;
}
