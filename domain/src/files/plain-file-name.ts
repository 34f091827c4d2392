import { withoutMarks } from '@ntm/db/text/without-marks';

/**
 * The one rule for the names of files the app makes (reports, exports, GPX, refused rows):
 * Vietnamese words without their marks (đ → d), joined by hyphens, plain ASCII, so a name reads
 * the same in every browser, mail client and file system: "bao-cao-2026-Q3-du-thao.docx",
 * "lo-trinh-2026-12-04-7.gpx". A file a person uploaded keeps the name they gave it (see
 * `downloadDisposition`).
 */
export function plainFileName(words: string): string {
  return withoutMarks(words)
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/-*\.-*/g, '.')
    .replace(/^[-.]+|-+$/g, '');
}
