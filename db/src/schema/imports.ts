import { customType, date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { bigCommuneRow } from '../columns/commune-code';
import { bigRowRef, rowRef, userRef } from '../columns/row-ref';
import { createdAt, instant } from '../columns/timestamps';
import { businesses, registryColumns } from './businesses';
import { businessStatus } from './enums';
import { proposals } from './proposals';
import { villages } from './villages';

const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * One upload of the commune's own data (issue #14): registry, key areas, villages or the
 * commune. `source` keeps the file's table as read (columns, values, geometry in the file's
 * system), so a new mapping or system recomputes the preview without a new upload. Row-level
 * security: registry and key areas for police and culture, boundaries for the
 * admin. `state` goes preview → committed → undone; kind, state and verdicts are checked
 * in the migration.
 */
export const imports = pgTable(
  'imports',
  {
    ...bigCommuneRow(),
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
    createdBy: userRef('created_by').notNull(),
    createdAt: createdAt(),
    committedAt: instant('committed_at'),
    undoneAt: instant('undone_at'),
  },
  (t) => [index('imports_commune_kind_idx').on(t.communeCode, t.kind, t.createdAt)],
);

/**
 * Premises an import named without a usable position but with a known village: the village
 * head's list "cần đặt lên bản đồ". Placing one files the normal create proposal (or creates
 * the business for police and culture) and records what it became.
 */
export const unplacedBusinesses = pgTable(
  'unplaced_businesses',
  {
    ...bigCommuneRow(),
    importId: bigRowRef('import_id', () => imports.id).notNull(),
    rowNumber: integer('row_number').notNull(),
    villageId: rowRef('village_id', () => villages.id).notNull(),
    ...registryColumns(),
    status: businessStatus('status').notNull().default('active'),
    createdAt: createdAt(),
    placedAt: instant('placed_at'),
    placedBy: userRef('placed_by'),
    businessId: bigRowRef('business_id', () => businesses.id),
    proposalId: bigRowRef('proposal_id', () => proposals.id),
    /** Set when the import is undone: the row leaves every list. */
    removedAt: instant('removed_at'),
  },
  (t) => [index('unplaced_businesses_village_idx').on(t.communeCode, t.villageId)],
);
