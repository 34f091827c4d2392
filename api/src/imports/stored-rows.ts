import type { StoredImportRow } from '@ntm/db/queries/imports';
import type { Point } from 'geojson';
import type { MappedRows } from './compute-verdicts';
import type { ImportKind, MappedAreaRow, MappedBusinessRow, RowProblem } from './contract';
import type { RowOutcome } from './row-outcome';

/** An outcome as an import row, with what reading found kept apart from the verdict's reasons. */
export function toStoredRow(outcome: RowOutcome, readingProblems: RowProblem[]): StoredImportRow {
  return { ...outcome, readingProblems };
}

/**
 * The mapped rows back from an import's stored rows: what the verdicts are recomputed from at
 * commit (the registry may have changed since the preview).
 */
export function mappedFromStored(kind: ImportKind, rows: readonly StoredImportRow[]): MappedRows {
  if (kind === 'registry') {
    return {
      kind,
      rows: rows.map((r): MappedBusinessRow => {
        const { village, ...business } = r.values as Record<string, string | null>;
        return {
          rowNumber: r.rowNumber,
          business: business as MappedBusinessRow['business'],
          villageName: village ?? null,
          position: r.geometry?.type === 'Point' ? (r.geometry as Point) : null,
          problems: r.readingProblems as RowProblem[],
        };
      }),
    };
  }
  return {
    kind,
    rows: rows.map((r): MappedAreaRow => {
      const v = r.values as Record<string, string | number | null>;
      return {
        rowNumber: r.rowNumber,
        name: (v.name as string | null) ?? null,
        kind: (v.kind as string | null) ?? null,
        note: (v.note as string | null) ?? null,
        population: (v.population as number | null) ?? null,
        formerCommune: (v.formerCommune as string | null) ?? null,
        geometry: r.geometry,
        problems: r.readingProblems as RowProblem[],
      };
    }),
  };
}

/** Each mapped row's reading problems, by row number. */
export function readingProblemsOf(mapped: MappedRows): Map<number, RowProblem[]> {
  return new Map(
    (mapped.rows as Array<{ rowNumber: number; problems: RowProblem[] }>).map((r) => [
      r.rowNumber,
      r.problems,
    ]),
  );
}
