import { maxUploadBytes } from '../imports/read/import-limits';

/** At most this many bytes per file (10 MB): a phone photo or a scanned document. */
export const maxFileBytes = 10 * 1024 * 1024;
/** At most this many files per request. */
export const maxFilesPerRequest = 5;
/** What one upload request may carry and store. */
export type UploadLimits = {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  /** Whether PDF documents are taken (their metadata is not stripped: staff only). */
  allowPdf: boolean;
  /** Images are shrunk to fit a square of this side, which caps the bytes stored. */
  maxEdgePixels?: number;
};

/** A signed-in officer's upload to a tip or an inspection. */
export const staffUploadLimits: UploadLimits = {
  maxFiles: maxFilesPerRequest,
  maxFileBytes,
  maxTotalBytes: maxFilesPerRequest * maxFileBytes,
  allowPdf: true,
};

/**
 * The public form, sent by anyone without a session: three photos of at most 10 MB each and
 * 15 MB together, no documents, and each photo stored at most 2048 pixels on its long side (a
 * few hundred kilobytes), so one anonymous request stores at most a few megabytes.
 */
export const publicUploadLimits: UploadLimits = {
  maxFiles: 3,
  maxFileBytes,
  maxTotalBytes: 15 * 1024 * 1024,
  allowPdf: false,
  maxEdgePixels: 2048,
};

/**
 * The body an upload route accepts: every file at its largest plus 1 MB for the form's other
 * fields and the multipart boundaries. A file over its own limit inside this is refused by the
 * route (413 naming the file); a body over this is refused before it is read (413).
 */
export const maxUploadBodyBytes = maxFilesPerRequest * maxFileBytes + 1024 * 1024;

/** The public form's body: its photos together at their largest plus 1 MB for the rest. */
export const maxPublicUploadBodyBytes = publicUploadLimits.maxTotalBytes + 1024 * 1024;

/** Whether a request is the public form with files (no session: the smaller limit). */
export function isPublicUpload(method: string, path: string, contentType: string | undefined) {
  return isUploadRoute(method, path, contentType) && path === '/api/public/tips';
}

/** An import's upload: one file of at most 50 MB (imports/read/import-limits.ts) plus the form. */
export const maxImportBodyBytes = maxUploadBytes + 1024 * 1024;

/** Whether a request is an import's upload (its own limit, checked before the body is read). */
export function isImportUpload(method: string, path: string, contentType: string | undefined) {
  return (
    method === 'POST' &&
    (contentType ?? '').toLowerCase().startsWith('multipart/form-data') &&
    path === '/api/imports'
  );
}

// The routes that take files; every other body stays under the JSON limit.
const uploadPaths = [
  /^\/api\/tips\/[^/]+\/attachments$/,
  /^\/api\/inspections\/[^/]+\/attachments$/,
  /^\/api\/public\/tips$/,
];

/** Whether a request may carry the upload limit's body: a multipart POST to an upload route. */
export function isUploadRoute(method: string, path: string, contentType: string | undefined) {
  return (
    method === 'POST' &&
    (contentType ?? '').toLowerCase().startsWith('multipart/form-data') &&
    uploadPaths.some((p) => p.test(path))
  );
}
