import { inspectionMeasures } from '@ntm/db/schema/values';
import type { TFunction } from 'i18next';

const measureCodes: ReadonlySet<string> = new Set(inspectionMeasures);

/** A measure's name: from the list for a code, as written for an older free-text record. */
export function measureLabel(t: TFunction, measure: string): string {
  return measureCodes.has(measure)
    ? t(`inspections.measures.${measure as (typeof inspectionMeasures)[number]}`)
    : measure;
}
