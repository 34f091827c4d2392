import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { bigCommuneRow, communeCode } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { bigRowRef, userRef } from '../columns/row-ref';
import { instant } from '../columns/timestamps';
import { businesses } from './businesses';
import { tipChannel, tipStatus } from './enums';

/** Tin báo, tố giác, phản ánh. Reporter identity lives elsewhere (police-only), never here. */
export const tips = pgTable(
  'tips',
  {
    ...bigCommuneRow(),
    receivedAt: instant('received_at').notNull(),
    channel: tipChannel('channel').notNull(),
    category: text('category').notNull(),
    description: text('description').notNull(),
    businessId: bigRowRef('business_id', () => businesses.id),
    geom: geometryColumn('geom', 'Point'),
    /** Radius of the circle the true location lies in; 0 when exact. */
    precisionMeters: integer('precision_meters').notNull().default(0),
    status: tipStatus('status').notNull().default('received'),
    /** Where, in words, when the reporter gave an address rather than a point. */
    address: text('address'),
    /** Who took the tip in (police, culture or a village head); they may follow its status. */
    createdBy: userRef('created_by'),
    /** The earlier tip this one repeats: both are kept, the case counts once. */
    duplicateOf: bigRowRef('duplicate_of', (): AnyPgColumn => tips.id),
    /** transferred: the competent authority and the document that sent it there. */
    transferredTo: text('transferred_to'),
    transferDocument: text('transfer_document'),
    /** The one extension of the resolution deadline (art. 147(2) BLTTHS), with its reason. */
    extendedUntil: instant('extended_until'),
    extensionReason: text('extension_reason'),
    extendedBy: userRef('extended_by'),
  },
  (t) => [
    index('tips_geom_idx').using('gist', t.geom),
    index('tips_received_at_idx').on(t.receivedAt),
    // The open tips of a list page (db/migrations/0006_list_paging.sql).
    index('tips_open_received_idx')
      .on(t.receivedAt)
      .where(sql`${t.status} in ('received', 'verified', 'classified')`),
    index('tips_business_idx').on(t.businessId),
    index('tips_duplicate_of_idx').on(t.duplicateOf),
  ],
);

/**
 * Who reported a tip, when they gave it: police-only (row-level security), kept apart so that no
 * list, tile, export or log built on `tips` can carry it. Every read is audited.
 */
export const tipReporters = pgTable('tip_reporters', {
  tipId: bigRowRef('tip_id', () => tips.id).primaryKey(),
  communeCode: communeCode(),
  name: text('name'),
  phone: text('phone'),
  address: text('address'),
  note: text('note'),
});

/** Every state change of a tip: dated, signed and noted. */
export const tipEvents = pgTable(
  'tip_events',
  {
    ...bigCommuneRow(),
    tipId: bigRowRef('tip_id', () => tips.id).notNull(),
    fromStatus: tipStatus('from_status'),
    toStatus: tipStatus('to_status').notNull(),
    at: instant('at').notNull(),
    userId: userRef('user_id'),
    note: text('note'),
  },
  (t) => [index('tip_events_tip_idx').on(t.tipId)],
);
