import type {
  ColumnMapping,
  ImportKind,
  ImportPreview,
  ImportSummary,
  PreviewRow,
  RowVerdict,
} from '@ntm/api/imports/contract';
import type { FeatureCollection, Geometry } from 'geojson';
import { ApiError, errorBodySchema } from './geo-client';
import type { BusinessType } from './geo-types';
import type { BusinessDraft } from './proposal-client';
import { send, WriteRefused } from './send';
import { reportSessionLost } from './session-expiry';

// The import screen's calls (api/src/imports/contract.ts holds the shapes). The upload goes
// through XMLHttpRequest, the one browser API that reports upload progress; the rest through
// send() like the other write clients. Refusals arrive as WriteRefused with the API's message.

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

export type RowsPage = { total: number; rows: PreviewRow[] };
export type RowFeatures = FeatureCollection<
  Geometry,
  { rowNumber: number; verdict: RowVerdict; name: string | null }
>;

/** A premises kept without a position (GET /api/businesses/unplaced). */
export type UnplacedBusiness = {
  id: number;
  name: string;
  type: BusinessType;
  address: string;
  owner: string | null;
  phone: string | null;
  licenceNumber: string | null;
  licensedTrade: string | null;
  villageId: number | null;
  villageName: string | null;
  importId: number | null;
  rowNumber: number | null;
  fileName: string | null;
};

export function uploadImport(request: UploadRequest, events: UploadEvents, signal?: AbortSignal) {
  const path = '/imports';
  const form = new FormData();
  form.set('kind', request.kind);
  if (request.validFrom) form.set('validFrom', request.validFrom);
  if (request.crs) form.set('crs', String(request.crs));
  form.set('file', request.file, request.file.name);
  return new Promise<ImportPreview>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) =>
      events.onProgress(event.loaded, event.lengthComputable ? event.total : null);
    xhr.upload.onload = () => events.onSent();
    xhr.onerror = () => reject(new ApiError('network', path, null, 'network'));
    xhr.onabort = () => reject(new ApiError('network', path, null, 'aborted'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's page): handled below as an unreadable answer.
      }
      if (xhr.status >= 200 && xhr.status < 300 && body !== null) {
        resolve(body as ImportPreview);
        return;
      }
      if (xhr.status === 401) reportSessionLost();
      const error = errorBodySchema.safeParse(body);
      reject(
        error.success
          ? new WriteRefused(path, xhr.status, error.data.error.code, error.data.error.message)
          : new ApiError('http', path, xhr.status, xhr.statusText),
      );
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}

export const importClient = {
  list(kind?: ImportKind) {
    return send<{ imports: ImportSummary[] }>('GET', `/imports${kind ? `?kind=${kind}` : ''}`);
  },
  get(id: number) {
    return send<ImportPreview>('GET', `/imports/${id}`);
  },
  change(id: number, change: { mapping?: ColumnMapping; crs?: number; validFrom?: string }) {
    return send<ImportPreview>('PATCH', `/imports/${id}`, change);
  },
  rows(id: number, query: { verdict?: RowVerdict; offset: number; limit: number }) {
    const params = new URLSearchParams({
      offset: String(query.offset),
      limit: String(query.limit),
    });
    if (query.verdict) params.set('verdict', query.verdict);
    return send<RowsPage>('GET', `/imports/${id}/rows?${params}`);
  },
  features(id: number) {
    return send<RowFeatures>('GET', `/imports/${id}/rows.geojson`);
  },
  refusedXlsxUrl(id: number) {
    return `/api/imports/${id}/refused.xlsx`;
  },
  commit(id: number) {
    return send<ImportPreview>('POST', `/imports/${id}/commit`);
  },
  undo(id: number) {
    return send<ImportPreview>('POST', `/imports/${id}/undo`);
  },
  /** Puts a premises of the list on the map: a proposal from a village head. */
  place(
    id: number,
    lngLat: [number, number],
    draft: BusinessDraft & { licenceNumber?: string | null },
  ) {
    return send<unknown>('POST', `/businesses/unplaced/${id}/place`, {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: lngLat },
      properties: draft,
    });
  },
  unplaced(villageId?: number) {
    return send<{ businesses: UnplacedBusiness[] }>(
      'GET',
      `/businesses/unplaced${villageId ? `?village=${villageId}` : ''}`,
    );
  },
};

export type ImportClient = typeof importClient;
