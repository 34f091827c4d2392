import type { GeoJsonBytes, GeoJsonText } from '@ntm/db/queries/geojson-layers';
import type { Context, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * GeoJSON built by PostGIS goes out as it came, without a parse and re-stringify. The answer
 * carries the type the query gives its text, so the web's typed client (web/src/api/api.ts)
 * knows the features' properties without a copy of them.
 */
export function geojson<T, S extends ContentfulStatusCode = 200>(
  c: Context,
  body: GeoJsonText<T> | GeoJsonBytes<T>,
  status: S = 200 as S,
) {
  const response: Response = c.body(body, status, {
    'Content-Type': 'application/geo+json; charset=utf-8',
  });
  return response as Response & TypedResponse<T, S, 'json'>;
}
