import { bigint, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { communeCode } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { bigRowRef, rowRef } from '../columns/row-ref';
import { imports } from './imports';
import { villages } from './villages';

/**
 * Each row of an import with its verdict: recomputed while the import is a preview, frozen at
 * commit. `values` are the mapped fields as shown, `geom` the position or shape in WGS 84;
 * `written_id` the business or area the commit created or updated, `before` what an update
 * replaced (what undo restores).
 */
export const importRows = pgTable(
  'import_rows',
  {
    importId: bigRowRef('import_id', () => imports.id, { onDelete: 'cascade' }).notNull(),
    communeCode: communeCode(),
    rowNumber: integer('row_number').notNull(),
    verdict: text('verdict').notNull(),
    /** What reading and mapping found (the verdict adds its own to `problems`). */
    readingProblems: jsonb('reading_problems').notNull(),
    problems: jsonb('problems').notNull(),
    name: text('name'),
    matchedId: bigint('matched_id', { mode: 'number' }),
    changed: jsonb('changed').notNull(),
    values: jsonb('values').notNull(),
    /** Unplaced registry rows: the village named in the file. */
    villageId: rowRef('village_id', () => villages.id),
    geom: geometryColumn('geom', 'Geometry'),
    writtenId: bigint('written_id', { mode: 'number' }),
    before: jsonb('before'),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.rowNumber] }),
    index('import_rows_verdict_idx').on(t.importId, t.verdict),
  ],
);
