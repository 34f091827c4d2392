import type { Geometry } from 'geojson';
import type { ImportCounts, PreviewRow } from './contract';

/** What the verdicts decide for one row; stored as an import row and shown as a PreviewRow. */
export type RowOutcome = Pick<
  PreviewRow,
  'rowNumber' | 'verdict' | 'problems' | 'name' | 'matchedId' | 'changed'
> & {
  /** The mapped fields, as the table shows them. */
  values: Record<string, string | number | null>;
  /** WGS 84; null without a usable position or shape. */
  geometry: Geometry | null;
  /** Registry rows kept without a position: the village named in the file. */
  villageId: number | null;
};

export function countOutcomes(outcomes: readonly RowOutcome[]): ImportCounts {
  const counts: ImportCounts = { new: 0, update: 0, unchanged: 0, refused: 0, unplaced: 0 };
  for (const o of outcomes) {
    counts[o.verdict] += 1;
    if (o.verdict === 'new' && o.geometry === null) counts.unplaced += 1;
  }
  return counts;
}
