import { withoutMarks } from '@ntm/db/text/without-marks';

/**
 * The form of a name, address, licence number or village name that two spellings of the same
 * thing share: lower case, one space between words, without diacritics (đ → d). Used only to
 * compare; what is stored stays as written.
 */
export function textKey(text: string | null | undefined): string {
  if (!text) return '';
  return withoutMarks(text)
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
