import {
  type AreaField,
  type ColumnMapping,
  type ImportKind,
  type RegistryField,
  registryFields,
} from '@ntm/api/imports/contract';

// The mapping step's table: one line per field of the kind being imported, the file's column
// it takes (or none), and whether that differs from what the headers suggested. Editing a line
// gives the new mapping the screen PATCHes; the API recomputes the preview from it.

export type MappingField = RegistryField | AreaField;

const areaFieldsByKind: Record<Exclude<ImportKind, 'registry'>, readonly AreaField[]> = {
  'key-areas': ['name', 'kind', 'note'],
  villages: ['name', 'formerCommune', 'population', 'note'],
  commune: ['name', 'note'],
};

export function fieldsFor(kind: ImportKind): readonly MappingField[] {
  return kind === 'registry' ? registryFields : areaFieldsByKind[kind];
}

export type MappingLine = {
  field: MappingField;
  column: string | null;
  suggested: string | null;
  /** The user chose something other than the suggestion. */
  edited: boolean;
};

export function mappingLines(
  kind: ImportKind,
  mapping: ColumnMapping,
  suggested: ColumnMapping,
): MappingLine[] {
  return fieldsFor(kind).map((field) => {
    const column = mapping[field] ?? null;
    const guess = suggested[field] ?? null;
    return { field, column, suggested: guess, edited: column !== guess };
  });
}

/** The mapping with one field given a column, or left out when `column` is null. */
export function withColumn(
  mapping: ColumnMapping,
  field: MappingField,
  column: string | null,
): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  if (column === null) delete next[field];
  else next[field] = column;
  return next;
}

/** The file's columns no field takes, in the file's order: what the user may have missed. */
export function unusedColumns(columns: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping));
  return columns.filter((column) => !used.has(column));
}
