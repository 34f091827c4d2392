import type postgres from 'postgres';
import type { Sql } from '../client';

/**
 * A GeoJSON FeatureCollection aggregated in PostGIS from a Feature expression, ordered so the
 * output is stable; an empty selection gives `"features": []`, never null.
 */
export const featureCollection = (
  sql: Sql,
  feature: postgres.Fragment,
  orderBy: postgres.Fragment,
) => sql`
  json_build_object(
    'type', 'FeatureCollection',
    'features', coalesce(json_agg(${feature} order by ${orderBy}), '[]'::json)
  )::text`;

/**
 * A GeoJSON Feature built in PostGIS from its id, its geometry (written with 7 decimals, ~1 cm;
 * polygons wrapped in ST_ForcePolygonCCW by the caller, as RFC 7946 asks) and a properties
 * object.
 */
export const geoJsonFeature = (
  sql: Sql,
  parts: { id: postgres.Fragment; geometry: postgres.Fragment; properties: postgres.Fragment },
) => sql`
  json_build_object(
    'type', 'Feature',
    'id', ${parts.id},
    'geometry', ST_AsGeoJSON(${parts.geometry}, 7)::json,
    'properties', ${parts.properties}
  )`;

/** The FeatureCollection of the rows selected, one Feature each, in the order of their ids. */
export const featuresById = (
  sql: Sql,
  parts: { id: postgres.Fragment; geometry: postgres.Fragment; properties: postgres.Fragment },
) => featureCollection(sql, geoJsonFeature(sql, parts), parts.id);
