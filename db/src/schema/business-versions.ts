import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { businesses } from './businesses';
import { communes } from './communes';

/**
 * Every earlier version of every business, written by a trigger on `businesses` (never by the
 * app) when a change replaces it: valid from `valid_from` until `valid_to`. The live version is
 * the row in `businesses` itself, valid since its `updated_at`. Together they show the registry
 * as it stood at any instant.
 */
export const businessVersions = pgTable(
  'business_versions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    businessId: bigint('business_id', { mode: 'number' })
      .notNull()
      .references(() => businesses.id),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true }).notNull(),
    /** The user whose change replaced this version (`ntm.user_id`), null for imports. */
    changedBy: integer('changed_by'),
    /** The row as it was, every column but the geometry. */
    data: jsonb('data').notNull(),
    geom: geometryColumn('geom', 'Point').notNull(),
  },
  (t) => [
    index('business_versions_geom_idx').using('gist', t.geom),
    index('business_versions_business_idx').on(t.businessId, t.validFrom),
  ],
);
