import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { bigCommuneRow } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { bigRowRef, rowRef, userRef } from '../columns/row-ref';
import { instant } from '../columns/timestamps';
import { businesses } from './businesses';
import { proposalAction, proposalStatus } from './enums';
import { villages } from './villages';

/**
 * Đề xuất: a village head's change to a business in their village, waiting for police or
 * culture to approve (then applied to `businesses`) or reject it with a reason. `before` is the
 * business as the village head saw it, so an approval can tell when it has changed since.
 */
export const proposals = pgTable(
  'proposals',
  {
    ...bigCommuneRow(),
    action: proposalAction('action').notNull(),
    /** Null until a proposed new business is approved. */
    businessId: bigRowRef('business_id', () => businesses.id),
    villageId: rowRef('village_id', () => villages.id).notNull(),
    proposedBy: userRef('proposed_by').notNull(),
    proposedAt: instant('proposed_at').notNull().defaultNow(),
    /** The business's fields as they were (update, delete), without the position. */
    before: jsonb('before'),
    beforeGeom: geometryColumn('before_geom', 'Point'),
    /** The fields asked for (create: all; update: only the changed ones; delete: none). */
    changes: jsonb('changes'),
    afterGeom: geometryColumn('after_geom', 'Point'),
    status: proposalStatus('status').notNull().default('pending'),
    decidedBy: userRef('decided_by'),
    decidedAt: instant('decided_at'),
    reason: text('reason'),
  },
  (t) => [
    index('proposals_status_idx').on(t.communeCode, t.status, t.proposedAt),
    index('proposals_village_idx').on(t.villageId),
    index('proposals_before_geom_idx').using('gist', t.beforeGeom),
    index('proposals_after_geom_idx').using('gist', t.afterGeom),
  ],
);
