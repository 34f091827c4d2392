// A source table and its column mapping → rows with our fields and WGS 84 positions, each with
// the reasons it cannot be stored as it is. Positions in any other system go through PostGIS
// (PROJ) in one batch. Nothing is written; the verdicts and the commit come after.
import type { Sql } from '@ntm/db/client';
import type {
  ColumnMapping,
  ImportKind,
  MappedAreaRow,
  MappedBusinessRow,
  SourceTable,
} from '../contract';
import { mapAreaRows } from './map-area-rows';
import { mapRegistryRows } from './map-registry-rows';

/** Rows of `kind` after the mapping, in WGS 84; `crs` (EPSG) overrides the detected system. */
export function applyMapping(
  sql: Sql,
  kind: 'registry',
  table: SourceTable,
  mapping: ColumnMapping,
  crs?: number | null,
): Promise<MappedBusinessRow[]>;
export function applyMapping(
  sql: Sql,
  kind: Exclude<ImportKind, 'registry'>,
  table: SourceTable,
  mapping: ColumnMapping,
  crs?: number | null,
): Promise<MappedAreaRow[]>;
export function applyMapping(
  sql: Sql,
  kind: ImportKind,
  table: SourceTable,
  mapping: ColumnMapping,
  crs?: number | null,
): Promise<MappedBusinessRow[] | MappedAreaRow[]> {
  return kind === 'registry'
    ? mapRegistryRows(sql, table, mapping, crs)
    : mapAreaRows(sql, kind, table, mapping, crs);
}
