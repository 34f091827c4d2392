import type { TFunction } from 'i18next';

// The report's codes in words, from the catalogues the rest of the app already uses (business
// types, tip categories, inspection findings …). A code the catalogue does not know (an old
// record's free text) is shown as it is rather than as a missing-key path.

const prefixes = {
  businessType: 'businessType',
  tipCategory: 'tips.categories',
  tipChannel: 'tips.channels',
  violation: 'inspections.violations',
  measure: 'inspections.measures',
  onlineKind: 'online.kinds',
  supportService: 'reports.preview.supportServices',
  audience: 'planRecords.audience',
} as const;

export type LabelGroup = keyof typeof prefixes;

export function labelOf(t: TFunction, group: LabelGroup, code: string): string {
  const key = `${prefixes[group]}.${code}`;
  // Built at run time, so the catalogue's key type cannot check it; `defaultValue` covers a miss.
  const translate = t as unknown as (k: string, o: { defaultValue: string }) => string;
  return translate(key, { defaultValue: code });
}
