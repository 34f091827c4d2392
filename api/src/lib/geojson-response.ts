import type { GeoJsonBytes, GeoJsonText } from '@ntm/db/queries/geojson-layers';
import type { PageKey } from '@ntm/db/queries/keyset';
import type { Context, TypedResponse } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { cursorText, type PageMembers } from './paging';

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

/**
 * A page of a GeoJSON layer built by PostGIS (keysetFeaturePage): a valid FeatureCollection
 * whose foreign members say the page (as OGC API – Features pages do), around the Features
 * array's bytes as PostgreSQL sent them.
 */
export function geojsonPage<T>(
  c: Context,
  page: Omit<PageMembers, 'next'> & { next: PageKey | null; features: Uint8Array },
) {
  const head = JSON.stringify({
    type: 'FeatureCollection',
    numberMatched: page.numberMatched,
    numberReturned: page.numberReturned,
    next: page.next && cursorText(page.next),
  });
  const before = new TextEncoder().encode(`${head.slice(0, -1)},"features":`);
  const body = new Uint8Array(before.length + page.features.length + 1);
  body.set(before);
  body.set(page.features, before.length);
  body[body.length - 1] = 0x7d; // }
  return geojson<T & PageMembers>(c, body as GeoJsonBytes<T & PageMembers>);
}
