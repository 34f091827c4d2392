import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { businesses } from './businesses';
import { communes } from './communes';

/**
 * Every version of every business, written by triggers on `businesses` (never by the app):
 * a version is valid from the transaction that wrote it until the next one (`valid_to`), so
 * the registry can be shown as it stood on any date.
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
    validTo: timestamp('valid_to', { withTimezone: true }),
    /** The user whose request wrote it (`ntm.user_id` of the transaction), null for imports. */
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
