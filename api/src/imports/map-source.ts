import type { Sql } from '@ntm/db/client';
import { findCrs } from '../geo/crs';
import type { MappedRows } from './compute-verdicts';
import type { ColumnMapping, CrsGuess, ImportFormat, ImportKind, SourceTable } from './contract';
import { detectSheetCrs } from './read/detect-sheet-crs';
import { mapAreaRows } from './read/map-area-rows';
import { mapRegistryRows } from './read/map-registry-rows';

const sheetFormats = new Set<ImportFormat>(['xlsx', 'xls', 'csv']);

/** Map files carry shapes the reader already put in WGS 84; sheets carry coordinates as cells. */
export const isSheet = (format: ImportFormat) => sheetFormats.has(format);

const hasPositionColumns = (mapping: ColumnMapping) =>
  Boolean(mapping.lng || mapping.lat || mapping.x || mapping.y || mapping.coordinates);

/**
 * The system a preview states: the user's when given, else for a sheet what its position
 * columns suggest (headers, magnitudes), else what the file said.
 */
export function crsOf(
  source: SourceTable,
  mapping: ColumnMapping,
  userCrs?: number | null,
): CrsGuess {
  if (userCrs) {
    const crs = findCrs(userCrs);
    return {
      epsg: userCrs,
      source: 'user',
      note: `Người dùng chọn ${crs?.label ?? `EPSG:${userCrs}`}`,
    };
  }
  if (isSheet(source.format) && hasPositionColumns(mapping))
    return detectSheetCrs(source.rows, mapping);
  return source.crs;
}

/**
 * The file's rows after the mapping, in WGS 84. A map file's shapes and a sheet's coordinates
 * are both still in the file's own system (SourceRow.geometry, contract.ts): they are read in the
 * system found or the one the user chose, and moved to WGS 84 in one batch.
 */
export async function mapSource(
  sql: Sql,
  kind: ImportKind,
  source: SourceTable,
  mapping: ColumnMapping,
  crs: CrsGuess,
): Promise<MappedRows> {
  return kind === 'registry'
    ? { kind, rows: await mapRegistryRows(sql, source, mapping, crs.epsg) }
    : { kind, rows: await mapAreaRows(sql, kind, source, mapping, crs.epsg) };
}
