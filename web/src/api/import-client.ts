import type { ColumnMapping, ImportKind, RowVerdict } from '@ntm/api/imports/contract';
import type { InferRequestType } from 'hono/client';
import { allPages, cursorQuery } from './all-pages';
import { answer, api, type Body } from './api';
import { httpError, invalidAnswer, networkError } from './api-error';
import { idParam } from './id-param';
import { reportSessionLost } from './session-expiry';

// The import screen's calls (api/src/imports/contract.ts holds the rules). The upload goes
// through XMLHttpRequest, the one browser API that reports upload progress, and reports its
// failures as the same ApiError as every other call.

export type { ColumnMapping, ImportKind, RowVerdict };

const unplaced = api.businesses.unplaced;
type PlaceBody = InferRequestType<(typeof unplaced)[':id']['place']['$post']>['json'];

export type ImportPreview = Body<typeof api.imports.$post>;
export type ImportSummary = Body<typeof api.imports.$get>['imports'][number];
export type RowsPage = Body<(typeof api.imports)[':id']['rows']['$get']>;
export type PreviewRow = RowsPage['rows'][number];
export type RowFeatures = Body<(typeof api.imports)[':id']['rows.geojson']['$get']>;
/** A premises kept without a position (GET /api/businesses/unplaced). */
export type UnplacedBusiness = Body<typeof unplaced.$get>['businesses'][number];

export type UploadRequest = {
  file: File;
  kind: ImportKind;
  /** Boundaries: YYYY-MM-DD the new version takes effect. */
  validFrom?: string;
  /** EPSG code when the user already knows the system. */
  crs?: number;
};

export type UploadEvents = {
  onProgress: (loadedBytes: number, totalBytes: number | null) => void;
  /** The last byte left the browser; the server is reading the file now. */
  onSent: () => void;
};

export function uploadImport(request: UploadRequest, events: UploadEvents, signal?: AbortSignal) {
  const path = '/api/imports';
  const form = new FormData();
  form.set('kind', request.kind);
  if (request.validFrom) form.set('validFrom', request.validFrom);
  if (request.crs) form.set('crs', String(request.crs));
  form.set('file', request.file, request.file.name);
  return new Promise<ImportPreview>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) =>
      events.onProgress(event.loaded, event.lengthComputable ? event.total : null);
    xhr.upload.onload = () => events.onSent();
    xhr.onerror = () => reject(networkError(path));
    xhr.onabort = () => reject(networkError(path));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's page): an unreadable answer or a plain HTTP error.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        if (body === undefined) reject(invalidAnswer(path, xhr.status));
        else resolve(body as ImportPreview);
        return;
      }
      if (xhr.status === 401) reportSessionLost();
      reject(httpError(path, xhr.status, body, xhr.getResponseHeader('Retry-After')));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}

const imports = api.imports;
const one = imports[':id'];

export const importClient = {
  /** The commune's imports (of one kind), newest first, page after page. */
  list: (kind?: ImportKind) =>
    allPages(
      (cursor) => answer(imports.$get({ query: { kind, ...cursorQuery(cursor) } })),
      'imports',
    ),
  get: (id: number) => answer(one.$get(idParam(id))),
  change: (id: number, change: InferRequestType<typeof one.$patch>['json']) =>
    answer(one.$patch({ ...idParam(id), json: change })),
  rows: (id: number, query: { verdict?: RowVerdict; offset: number; limit: number }) =>
    answer(
      one.rows.$get({
        ...idParam(id),
        query: { verdict: query.verdict, offset: String(query.offset), limit: String(query.limit) },
      }),
    ),
  features: (id: number) => answer(one['rows.geojson'].$get(idParam(id))),
  refusedXlsxUrl: (id: number) => `/api/imports/${id}/refused.xlsx`,
  commit: (id: number) => answer(one.commit.$post(idParam(id))),
  undo: (id: number) => answer(one.undo.$post(idParam(id))),
  /** Puts a premises of the list on the map: a proposal from a village head. */
  place: (id: number, lngLat: [number, number], draft: PlaceBody['properties']) =>
    answer(
      unplaced[':id'].place.$post({
        ...idParam(id),
        json: {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: lngLat },
          properties: draft,
        },
      }),
    ),
  /** Every premises still to place (page after page). */
  unplaced: (villageId?: number) =>
    allPages(
      (cursor) =>
        answer(
          unplaced.$get({
            query: { village: villageId ? String(villageId) : undefined, ...cursorQuery(cursor) },
          }),
        ),
      'businesses',
    ),
};

export type ImportClient = typeof importClient;
