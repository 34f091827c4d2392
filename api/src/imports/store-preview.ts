import type { Sql } from '@ntm/db/client';
import {
  getImport,
  type ImportRecord,
  insertImport,
  replaceImportRows,
  type StoredImportRow,
  setImportOutcome,
  updateImportSettings,
} from '@ntm/db/queries/imports';
import { computeVerdicts, type MappedRows } from './compute-verdicts';
import type { ColumnMapping, CrsGuess, ImportKind, SourceTable } from './contract';
import { countOutcomes, type RowOutcome } from './row-outcome';
import { readingProblemsOf, toStoredRow } from './stored-rows';

export type NewPreview = {
  communeCode: string;
  userId: number;
  kind: ImportKind;
  source: SourceTable;
  mapping: ColumnMapping;
  suggestedMapping: ColumnMapping;
  validFrom: string | null;
  mapped: MappedRows;
  /** The stated system (the user's, or what the file or its columns suggest). */
  crs: CrsGuess;
  /** A map file's bytes, kept for reading again in another system; null for sheets. */
  file: Uint8Array | null;
};

const sameVerdict = (a: StoredImportRow, b: RowOutcome) =>
  a.rowNumber === b.rowNumber &&
  a.verdict === b.verdict &&
  a.matchedId === b.matchedId &&
  a.villageId === b.villageId &&
  JSON.stringify(a.changed) === JSON.stringify(b.changed) &&
  JSON.stringify(a.problems) === JSON.stringify(b.problems);

/**
 * Verdicts of the mapped rows stored as the import's rows, with its counts and gaps. `stored`,
 * when given, are the rows as they stand: when every verdict is the same they are kept as they
 * are (a commit right after its preview rewrites nothing).
 */
export async function storeVerdicts(
  sql: Sql,
  communeCode: string,
  importId: number,
  mapped: MappedRows,
  mapping: ColumnMapping,
  stored?: readonly StoredImportRow[],
) {
  const { outcomes, gaps } = await computeVerdicts(sql, communeCode, mapped, mapping);
  const reading = readingProblemsOf(mapped);
  const counts = countOutcomes(outcomes);
  const unchanged =
    stored?.length === outcomes.length &&
    outcomes.every((o, i) => sameVerdict(stored[i] as StoredImportRow, o));
  if (unchanged) return { outcomes, counts, gaps };
  await replaceImportRows(
    sql,
    communeCode,
    importId,
    outcomes.map((o) => toStoredRow(o, reading.get(o.rowNumber) ?? [])),
    counts,
  );
  if (mapped.kind === 'villages') await setImportOutcome(sql, importId, { gaps });
  return { outcomes, counts, gaps };
}

/**
 * Stores an upload as an import in `preview`: the file's rows as read (for recomputing), the
 * mapping and every row's verdict. Nothing reaches the layer itself.
 */
export async function createPreview(sql: Sql, p: NewPreview): Promise<ImportRecord> {
  const { source } = p;
  const id = await insertImport(sql, {
    communeCode: p.communeCode,
    kind: p.kind,
    fileName: source.fileName,
    sha256: source.sha256,
    format: source.format,
    crs: p.crs,
    encoding: source.encoding,
    columns: source.columns,
    mapping: p.mapping,
    suggestedMapping: p.suggestedMapping,
    validFrom: p.validFrom,
    notes: source.notes ?? [],
    source: source.rows,
    file: p.file,
    createdBy: p.userId,
  });
  await storeVerdicts(sql, p.communeCode, id, p.mapped, p.mapping);
  return (await getImport(sql, { communeCode: p.communeCode, id })) as ImportRecord;
}

/** A preview recomputed with a new mapping, system or day (PATCH). */
export async function recomputePreview(
  sql: Sql,
  communeCode: string,
  importId: number,
  settings: { mapping: ColumnMapping; crs: CrsGuess; validFrom: string | null },
  mapped: MappedRows,
): Promise<ImportRecord> {
  await updateImportSettings(sql, importId, settings);
  await storeVerdicts(sql, communeCode, importId, mapped, settings.mapping);
  return (await getImport(sql, { communeCode, id: importId })) as ImportRecord;
}
