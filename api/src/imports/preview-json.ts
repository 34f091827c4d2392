import type { ImportRecord, ImportSummaryRow } from '@ntm/db/queries/imports';
import type { ImportPreview, ImportSummary } from './contract';

/** An import's summary as the API answers it (the undo list). */
export function summaryJson(row: ImportSummaryRow): ImportSummary {
  return row as ImportSummary;
}

/** An import's preview as the API answers it (ImportPreview of contract.ts, plus `gaps`). */
export function previewJson(row: ImportRecord): ImportPreview {
  const { outcome, ...rest } = row;
  const extra = (outcome ?? {}) as Pick<ImportPreview, 'moved' | 'gaps'>;
  return {
    ...(rest as unknown as Omit<ImportPreview, 'moved' | 'gaps'>),
    ...(extra.moved ? { moved: extra.moved } : {}),
    ...(extra.gaps ? { gaps: extra.gaps } : {}),
  };
}
