import { maxUploadBytes } from '../imports/read/import-limits';

/** At most this many bytes per file (10 MB): a phone photo or a scanned document. */
export const maxFileBytes = 10 * 1024 * 1024;
/** At most this many files per request. */
export const maxFilesPerRequest = 5;
/**
 * The body an upload route accepts: every file at its largest plus 1 MB for the form's other
 * fields and the multipart boundaries. A file over its own limit inside this is refused by the
 * route (413 naming the file); a body over this is refused before it is read (413).
 */
export const maxUploadBodyBytes = maxFilesPerRequest * maxFileBytes + 1024 * 1024;

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
