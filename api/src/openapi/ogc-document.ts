// The OpenAPI 3.0 definition of /ogc (OGC API – Features Part 1, conformance class "OpenAPI
// 3.0"), from the same collection list and items parameters the routes read: a path per
// collection, with the property filters that collection takes.
import { type OgcCollection, ogcCollections } from '../ogc/collections';
import { defaultLimit, maxLimit } from '../ogc/items-params';
import { ogcCrsList } from '../ogc/ogc-crs';
import { ruleOf, ruleRoles, ruleText } from './access';
import { apiErrorSchema, errorResponse, securitySchemes, signedIn } from './shared-parts';

const json = 'application/json';
const geoJson = 'application/geo+json';
/** The media type of an OpenAPI 3.0 document, as the landing page's service-desc link names it. */
export const openApi30Type = 'application/vnd.oai.openapi+json;version=3.0';

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const errors = {
  '400': ref('responses', 'Error'),
  '401': ref('responses', 'Error'),
  '403': ref('responses', 'Error'),
  '404': ref('responses', 'Error'),
  '5XX': ref('responses', 'Error'),
};
const crsUris = ogcCrsList.map((crs) => crs.uri);

const parameters = {
  limit: {
    name: 'limit',
    in: 'query',
    required: false,
    style: 'form',
    explode: false,
    description: 'Số đối tượng tối đa của một trang',
    schema: { type: 'integer', minimum: 1, maximum: maxLimit, default: defaultLimit },
  },
  offset: {
    name: 'offset',
    in: 'query',
    required: false,
    description: 'Bỏ qua bao nhiêu đối tượng đầu (liên kết next của trang trước cho sẵn)',
    schema: { type: 'integer', minimum: 0, default: 0 },
  },
  bbox: {
    name: 'bbox',
    in: 'query',
    required: false,
    style: 'form',
    explode: false,
    description: 'Tây, nam, đông, bắc (hoặc 6 số có độ cao), theo bbox-crs',
    schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
  },
  'bbox-crs': {
    name: 'bbox-crs',
    in: 'query',
    required: false,
    description: 'Hệ tọa độ của bbox',
    schema: { type: 'string', format: 'uri', enum: crsUris, default: crsUris[0] },
  },
  crs: {
    name: 'crs',
    in: 'query',
    required: false,
    description: 'Hệ tọa độ của các đối tượng trả về',
    schema: { type: 'string', format: 'uri', enum: crsUris, default: crsUris[0] },
  },
  datetime: {
    name: 'datetime',
    in: 'query',
    required: false,
    description:
      'Một thời điểm RFC 3339, một ngày, hoặc một khoảng "đầu/cuối" (".." để bỏ ngỏ một đầu)',
    schema: { type: 'string' },
  },
  f: {
    name: 'f',
    in: 'query',
    required: false,
    description: 'Định dạng: chỉ có GeoJSON',
    schema: { type: 'string', enum: ['json', 'geojson'] },
  },
  featureId: {
    name: 'featureId',
    in: 'path',
    required: true,
    description: 'Mã của đối tượng',
    schema: { type: 'string' },
  },
};

const anyObject = { type: 'object' };
const answer = (type: string, description: string) => ({
  '200': { description, content: { [type]: { schema: anyObject } } },
});
/** Who reads a collection: the rule of the layer's own GET route (ogc/collections.ts). */
const readers = (collection: OgcCollection) => ruleOf('GET', collection.route.split(' ')[1] ?? '');

function collectionPaths(collection: OgcCollection) {
  const base = `/collections/${collection.id}`;
  const rule = readers(collection);
  const access = { 'x-roles': ruleRoles(rule), security: signedIn, tags: ['Data'] };
  const filters = collection.filters.map((filter) => ({
    name: filter.name,
    in: 'query',
    required: false,
    description: 'Lọc theo thuộc tính',
    schema: filter.integer ? { type: 'integer' } : { type: 'string', enum: filter.values },
  }));
  const common = ['limit', 'offset', 'bbox', 'bbox-crs', 'crs'];
  return {
    [base]: {
      get: {
        ...access,
        summary: `${collection.title}: mô tả lớp`,
        description: `${collection.description} Quyền: ${ruleText(rule)}.`,
        operationId: `describe-${collection.id}`,
        responses: { ...answer(json, 'Mô tả lớp'), ...errors },
      },
    },
    [`${base}/items`]: {
      get: {
        ...access,
        summary: `${collection.title}: các đối tượng`,
        description: `Một trang GeoJSON, có liên kết next/prev. Quyền: ${ruleText(rule)}.`,
        operationId: `items-${collection.id}`,
        parameters: [
          ...common.map((name) => ref('parameters', name)),
          ...(collection.temporal ? [ref('parameters', 'datetime')] : []),
          ref('parameters', 'f'),
          ...filters,
        ],
        responses: { ...answer(geoJson, 'Các đối tượng (FeatureCollection)'), ...errors },
      },
    },
    [`${base}/items/{featureId}`]: {
      get: {
        ...access,
        summary: `${collection.title}: một đối tượng`,
        description: `Quyền: ${ruleText(rule)}.`,
        operationId: `item-${collection.id}`,
        parameters: [
          ref('parameters', 'featureId'),
          ref('parameters', 'crs'),
          ref('parameters', 'f'),
        ],
        responses: { ...answer(geoJson, 'Đối tượng (Feature)'), ...errors },
      },
    },
  };
}

const publicOperation = (summary: string, id: string, type: string) => ({
  get: {
    tags: ['Capabilities'],
    summary,
    operationId: id,
    'x-roles': ['public'],
    security: [{}],
    responses: { ...answer(type, summary), '5XX': ref('responses', 'Error') },
  },
});

/** The definition for a client that reached /ogc at `base` (`https://host/ogc`). */
export function ogcDocument(base: string) {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Nam Thanh Miện: OGC API – Features',
      version: '1.0.0',
      description:
        'Các lớp bản đồ của xã (OGC API – Features Part 1 và 2), cùng quyền truy cập như ứng dụng: phiên đăng nhập hoặc mã truy cập cá nhân (Authorization: Bearer …).',
    },
    servers: [{ url: base }],
    tags: [
      { name: 'Capabilities', description: 'Máy chủ có gì' },
      { name: 'Data', description: 'Các lớp dữ liệu' },
    ],
    paths: {
      '/': publicOperation('Trang đầu', 'landing', json),
      '/conformance': publicOperation('Các chuẩn đáp ứng', 'conformance', json),
      '/api': publicOperation(
        'Định nghĩa OpenAPI 3.0 này',
        'api',
        openApi30Type.split(';')[0] ?? json,
      ),
      '/api.html': publicOperation('Trang đọc của định nghĩa này', 'api-html', 'text/html'),
      '/collections': {
        get: {
          tags: ['Capabilities'],
          summary: 'Các lớp mà vai trò được xem',
          operationId: 'collections',
          'x-roles': ['signed-in'],
          security: signedIn,
          responses: { ...answer(json, 'Các lớp'), ...errors },
        },
      },
      ...Object.assign({}, ...ogcCollections.map(collectionPaths)),
    },
    components: {
      parameters,
      schemas: { ApiError: apiErrorSchema },
      responses: { Error: errorResponse },
      securitySchemes,
    },
  };
}
