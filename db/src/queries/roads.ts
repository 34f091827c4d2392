import type { Sql } from '../client';

/** Road segments of a commune as a GeoJSON FeatureCollection string. */
export async function findRoadsGeoJson(sql: Sql, communeCode: string): Promise<string> {
  const [row] = await sql<[{ body: string }]>`
    select json_build_object(
      'type', 'FeatureCollection',
      'features', coalesce(json_agg(json_build_object(
        'type', 'Feature',
        'id', r.id,
        'geometry', ST_AsGeoJSON(r.geom, 7)::json,
        'properties', json_build_object('id', r.id, 'class', r.class, 'name', r.name)
      ) order by r.id), '[]'::json)
    )::text as body
    from roads r
    where r.commune_code = ${communeCode}`;
  return row.body;
}
