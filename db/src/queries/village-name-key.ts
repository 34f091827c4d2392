import { withoutMarks } from '../text/without-marks';

/** 'Phù Tải' → 'phu-tai', 'Đan Giáp' → 'dan-giap': lower case ASCII words joined by hyphens. */
export function villageSlug(name: string): string {
  return withoutMarks(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * What two spellings of one village's name share: no diacritics, no case, no "thôn"/"xóm"/"làng"
 * in front ("Thôn Phù Tải", "thon phu tai" and "Phù Tải" are one village).
 */
export function villageNameKey(name: string): string {
  return villageSlug(name).replace(/^(thon|xom|lang|ap|to-dan-pho)-/, '');
}
