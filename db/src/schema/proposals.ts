import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { businesses } from './businesses';
import { communes } from './communes';
import { proposalAction, proposalStatus } from './enums';
import { users } from './users';
import { villages } from './villages';

/**
 * Đề xuất: a village head's change to a business in their village, waiting for police or
 * culture to approve (then applied to `businesses`) or reject it with a reason. `before` is the
 * business as the village head saw it, so an approval can tell when it has changed since.
 */
export const proposals = pgTable(
  'proposals',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    action: proposalAction('action').notNull(),
    /** Null until a proposed new business is approved. */
    businessId: bigint('business_id', { mode: 'number' }).references(() => businesses.id),
    villageId: integer('village_id')
      .notNull()
      .references(() => villages.id),
    proposedBy: integer('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    /** The business's fields as they were (update, delete), without the position. */
    before: jsonb('before'),
    beforeGeom: geometryColumn('before_geom', 'Point'),
    /** The fields asked for (create: all; update: only the changed ones; delete: none). */
    changes: jsonb('changes'),
    afterGeom: geometryColumn('after_geom', 'Point'),
    status: proposalStatus('status').notNull().default('pending'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
  },
  (t) => [
    index('proposals_status_idx').on(t.communeCode, t.status, t.proposedAt),
    index('proposals_village_idx').on(t.villageId),
    index('proposals_before_geom_idx').using('gist', t.beforeGeom),
    index('proposals_after_geom_idx').using('gist', t.afterGeom),
  ],
);
