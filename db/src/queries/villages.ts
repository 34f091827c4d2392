import type { Sql } from '../client';
import { featureCollection } from './feature-collection';

/** Village polygons of a commune as a GeoJSON FeatureCollection string. */
export async function findVillagesGeoJson(sql: Sql, communeCode: string): Promise<string> {
  const [row] = await sql<[{ body: string }]>`
    select ${featureCollection(
      sql,
      sql`json_build_object(
        'type', 'Feature',
        'id', v.id,
        'geometry', ST_AsGeoJSON(ST_ForcePolygonCCW(v.geom), 7)::json,
        'properties', json_build_object(
          'id', v.id,
          'name', v.name,
          'slug', v.slug,
          'formerCommune', f.name,
          'population', v.population,
          'areaKm2', round((ST_Area(v.geom::geography) / 1e6)::numeric, 3)
        )
      )`,
      sql`v.id`,
    )} as body
    from villages v left join former_communes f on f.id = v.former_commune_id
    where v.commune_code = ${communeCode}`;
  return row.body;
}
// RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise; PostGIS keeps the stored
// orientation, so every polygon output goes through ST_ForcePolygonCCW.
