// The JSON documents of OGC API – Features Part 1 and 2 that say what is here: the landing page,
// the conformance classes, and each collection with its extent, its systems and its links.
import type { OgcCollection } from './collections';
import { crs84Uri, ogcCrsList } from './ogc-crs';

const json = 'application/json';
const geoJson = 'application/geo+json';

export type Link = { href: string; rel: string; type?: string; title?: string };

/** What the server implements, and nothing it does not. */
export const conformance = {
  conformsTo: [
    'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
    'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
    // The definition at /ogc/api (openapi/ogc-document.ts), linked from the landing page.
    'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
    'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
  ],
};

export function landingPage(base: string) {
  return {
    title: 'Nam Thanh Miện: bản đồ phòng, chống mại dâm',
    description:
      'Các lớp bản đồ của xã theo chuẩn OGC API – Features, với cùng quyền truy cập như ứng dụng (phiên đăng nhập hoặc mã truy cập cá nhân: Authorization: Bearer …).',
    links: [
      { href: base, rel: 'self', type: json, title: 'Trang này' },
      {
        href: `${base}/api`,
        rel: 'service-desc',
        type: 'application/vnd.oai.openapi+json;version=3.0',
        title: 'Định nghĩa OpenAPI 3.0',
      },
      { href: `${base}/api.html`, rel: 'service-doc', type: 'text/html', title: 'Tài liệu API' },
      { href: `${base}/conformance`, rel: 'conformance', type: json, title: 'Các chuẩn đáp ứng' },
      { href: `${base}/collections`, rel: 'data', type: json, title: 'Các lớp dữ liệu' },
    ] satisfies Link[],
  };
}

/** The box all of the commune's features lie in, CRS84 (west, south, east, north). */
export type Extent = [number, number, number, number];

export function collectionDocument(base: string, collection: OgcCollection, extent: Extent | null) {
  const self = `${base}/collections/${collection.id}`;
  return {
    id: collection.id,
    title: collection.title,
    description: collection.description,
    itemType: 'feature',
    extent: {
      spatial: { bbox: extent ? [extent] : [], crs: crs84Uri },
      ...(collection.temporal
        ? {
            temporal: {
              interval: [[null, null]],
              trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian',
            },
          }
        : {}),
    },
    crs: ogcCrsList.map((crs) => crs.uri),
    storageCrs: crs84Uri,
    links: [
      { href: self, rel: 'self', type: json, title: collection.title },
      {
        href: `${self}/items`,
        rel: 'items',
        type: geoJson,
        title: `${collection.title} (GeoJSON)`,
      },
    ] satisfies Link[],
  };
}

export function collectionsDocument(
  base: string,
  collections: readonly OgcCollection[],
  extent: Extent | null,
) {
  return {
    links: [{ href: `${base}/collections`, rel: 'self', type: json }] satisfies Link[],
    collections: collections.map((c) => collectionDocument(base, c, extent)),
  };
}
