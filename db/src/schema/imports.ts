import {
  bigint,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { businesses } from './businesses';
import { communes } from './communes';
import { businessStatus, businessType } from './enums';
import { proposals } from './proposals';
import { users } from './users';
import { villages } from './villages';

const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * One upload of the commune's own data (issue #14): registry, key areas, villages or the
 * commune. `source` keeps the file's table as read (columns, values, geometry in the file's
 * system), so a new mapping or system recomputes the preview without a new upload. Row-level
 * security (migration 0027): registry and key areas for police and culture, boundaries for the
 * admin. `state` goes preview → committed → undone; kind, state and verdicts are checked
 * in the migration.
 */
export const imports = pgTable(
  'imports',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    kind: text('kind').notNull(),
    state: text('state').notNull().default('preview'),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    format: text('format').notNull(),
    /** CrsGuess of api/src/imports/contract.ts: the system the rows were read in. */
    crs: jsonb('crs').notNull(),
    /** SourceTable['encoding']: what was detected, with before/after samples. */
    encoding: jsonb('encoding').notNull(),
    columns: jsonb('columns').notNull(),
    mapping: jsonb('mapping').notNull(),
    suggestedMapping: jsonb('suggested_mapping').notNull(),
    /** SourceTable['notes']: what reading left out or put together, in plain Vietnamese. */
    notes: jsonb('notes').notNull().default([]),
    /** Boundaries: the day the new version takes effect. */
    validFrom: date('valid_from'),
    /** ImportCounts: new, update, unchanged, refused, unplaced. */
    counts: jsonb('counts').notNull(),
    /** The file's rows as read: `[{ rowNumber, values, geometry }]`. */
    source: jsonb('source').notNull(),
    /**
     * The uploaded bytes of a map file (Shapefile, KML, GeoPackage, GeoJSON): read again when the
     * user names another coordinate system. Sheets keep their coordinates in `source`.
     */
    file: bytea('file'),
    /** Boundaries after commit: businesses whose village changed; gaps found in the preview. */
    outcome: jsonb('outcome'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
  },
  (t) => [index('imports_commune_kind_idx').on(t.communeCode, t.kind, t.createdAt)],
);

/**
 * Each row of an import with its verdict: recomputed while the import is a preview, frozen at
 * commit. `values` are the mapped fields as shown, `geom` the position or shape in WGS 84;
 * `written_id` the business or area the commit created or updated, `before` what an update
 * replaced (what undo restores).
 */
export const importRows = pgTable(
  'import_rows',
  {
    importId: bigint('import_id', { mode: 'number' })
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
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
    villageId: integer('village_id').references(() => villages.id),
    geom: geometryColumn('geom', 'Geometry'),
    writtenId: bigint('written_id', { mode: 'number' }),
    before: jsonb('before'),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.rowNumber] }),
    index('import_rows_verdict_idx').on(t.importId, t.verdict),
  ],
);

/**
 * Premises an import named without a usable position but with a known village: the village
 * head's list "cần đặt lên bản đồ". Placing one files the normal create proposal (or creates
 * the business for police and culture) and records what it became.
 */
export const unplacedBusinesses = pgTable(
  'unplaced_businesses',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    importId: bigint('import_id', { mode: 'number' })
      .notNull()
      .references(() => imports.id),
    rowNumber: integer('row_number').notNull(),
    villageId: integer('village_id')
      .notNull()
      .references(() => villages.id),
    name: text('name').notNull(),
    type: businessType('type').notNull(),
    address: text('address').notNull(),
    licensedTrade: text('licensed_trade'),
    licenceNumber: text('licence_number'),
    ownerName: text('owner_name'),
    phone: text('phone'),
    status: businessStatus('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    placedAt: timestamp('placed_at', { withTimezone: true }),
    placedBy: integer('placed_by').references(() => users.id),
    businessId: bigint('business_id', { mode: 'number' }).references(() => businesses.id),
    proposalId: bigint('proposal_id', { mode: 'number' }).references(() => proposals.id),
    /** Set when the import is undone: the row leaves every list. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('unplaced_businesses_village_idx').on(t.communeCode, t.villageId)],
);
