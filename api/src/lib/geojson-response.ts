import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** GeoJSON built by PostGIS goes out as it came, without a parse and re-stringify. */
export function geojson(
  c: Context,
  body: string | Uint8Array<ArrayBuffer>,
  status: ContentfulStatusCode = 200,
) {
  return c.body(body, status, { 'Content-Type': 'application/geo+json; charset=utf-8' });
}
