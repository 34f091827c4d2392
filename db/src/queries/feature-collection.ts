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
