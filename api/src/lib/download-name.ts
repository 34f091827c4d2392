import { plainFileName } from '@ntm/domain/files/plain-file-name';

/**
 * `Content-Disposition: attachment` (RFC 6266) for a file named `fileName`: the plain name of
 * the rule above in `filename`, and the exact name in `filename*` (RFC 5987). For a name the app
 * made the two are the same; for an uploaded one (a tip's photo) the browser keeps the
 * uploader's own name with its diacritics.
 */
export function downloadDisposition(fileName: string): string {
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${plainFileName(fileName) || 'tep'}"; filename*=UTF-8''${exact}`;
}
