import { index, integer, jsonb, pgTable } from 'drizzle-orm/pg-core';
import { bigCommuneRow } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { bigRowRef } from '../columns/row-ref';
import { instant } from '../columns/timestamps';
import { businesses } from './businesses';

/**
 * Every earlier version of every business, written by a trigger on `businesses` (never by the
 * app) when a change replaces it: valid from `valid_from` until `valid_to`. The live version is
 * the row in `businesses` itself, valid since its `updated_at`. Together they show the registry
 * as it stood at any instant.
 */
export const businessVersions = pgTable(
  'business_versions',
  {
    ...bigCommuneRow(),
    businessId: bigRowRef('business_id', () => businesses.id).notNull(),
    validFrom: instant('valid_from').notNull(),
    validTo: instant('valid_to').notNull(),
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
