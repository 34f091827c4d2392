// What each route answers when it succeeds: status → media types (null: no body). A route not
// listed answers 200 with JSON (a POST: 200, or 201 when it creates). The handlers' answers are
// not typed at run time, so this is the one table kept by hand; tests/integration/openapi.test.ts
// fails on a key that names no route, and requests the GETs to compare their Content-Type.
import { exportContentTypes, exportLayers, exportRoute } from '../exports/export-formats';
import { formats as reportFormats } from '../routes/reports';

export type Answers = Record<string, readonly string[] | null>;

const json = 'application/json';
const geoJson = 'application/geo+json';
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const noBody: Answers = { '204': null };
/** A business write by a village head becomes a proposal (202, JSON) for police or culture. */
const businessOrProposal = (status: string): Answers => ({ [status]: [geoJson], '202': [json] });

/** A media type without its parameters (`; charset=utf-8`): the key OpenAPI's `content` takes. */
export const bareType = (type: string) => type.split(';')[0]?.trim() ?? type;

/** Reads that answer GeoJSON (lib/geojson-response.ts). */
const geoJsonReads = [
  'commune',
  'villages',
  'key-areas',
  'roads',
  'businesses',
  'businesses/:id',
  'communication-activities',
  'support/villages',
  'imports/:id/rows.geojson',
];

export const answers: Record<string, Answers> = {
  ...Object.fromEntries(geoJsonReads.map((path) => [`GET /api/${path}`, { '200': [geoJson] }])),
  'GET /api/docs': { '200': ['text/html'] },
  'POST /api/csp-reports': noBody,
  'POST /api/auth/logout': noBody,
  'DELETE /api/auth/tokens/:id': noBody,
  'POST /api/businesses': businessOrProposal('201'),
  'PATCH /api/businesses/:id': businessOrProposal('200'),
  'DELETE /api/businesses/:id': { '204': null, '202': [json] },
  'POST /api/businesses/unplaced/:id/place': businessOrProposal('201'),
  'POST /api/communication-activities': { '201': [geoJson] },
  'PATCH /api/communication-activities/:id': { '200': [geoJson] },
  'DELETE /api/communication-activities/:id': noBody,
  'DELETE /api/seasons/events/:id': noBody,
  'DELETE /api/trainings/:id': noBody,
  'GET /api/imports/:id/refused.xlsx': { '200': [xlsx] },
  // Any other file name: 404 with the list of layers.
  'GET /api/exports/:file': {},
  'GET /api/reports/periodic': {
    '200': [...new Set(Object.values(reportFormats).map((f) => bareType(f.type)))],
  },
  'GET /api/route-plans/:file{[0-9]+\\.gpx}': { '200': ['application/gpx+xml'] },
  // Mapbox Vector Tiles (routes/tiles.ts); the layer's TileJSON is JSON.
  'GET /api/tiles/:layer/:z/:x/:file': { '200': ['application/vnd.mapbox-vector-tile'] },
  // A photo or a PDF, with the type it was stored with.
  'GET /api/attachments/:id': { '200': ['image/*', 'application/pdf'] },
  ...Object.fromEntries(
    exportLayers.map((layer) => [
      exportRoute(layer),
      { '200': [...new Set(Object.values(exportContentTypes).map(bareType))] },
    ]),
  ),
};

/** The answers of `METHOD /path` (Hono's path), listed or the default. */
export function answersOf(method: string, honoPath: string): Answers {
  return (
    answers[`${method} ${honoPath}`] ??
    (method === 'POST' ? { '200': [json], '201': [json] } : { '200': [json] })
  );
}
