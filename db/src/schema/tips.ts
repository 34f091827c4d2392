import {
  type AnyPgColumn,
  bigint,
  index,
  integer,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { businesses } from './businesses';
import { communes } from './communes';
import { tipChannel, tipStatus } from './enums';
import { users } from './users';

/** Tin báo, tố giác, phản ánh. Reporter identity lives elsewhere (police-only), never here. */
export const tips = pgTable(
  'tips',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    channel: tipChannel('channel').notNull(),
    category: text('category').notNull(),
    description: text('description').notNull(),
    businessId: bigint('business_id', { mode: 'number' }).references(() => businesses.id),
    geom: geometryColumn('geom', 'Point'),
    /** Radius of the circle the true location lies in; 0 when exact. */
    precisionMeters: integer('precision_meters').notNull().default(0),
    status: tipStatus('status').notNull().default('received'),
    /** Where, in words, when the reporter gave an address rather than a point. */
    address: text('address'),
    /** Who took the tip in (police, culture or a village head); they may follow its status. */
    createdBy: integer('created_by').references(() => users.id),
    /** The earlier tip this one repeats: both are kept, the case counts once. */
    duplicateOf: bigint('duplicate_of', { mode: 'number' }).references((): AnyPgColumn => tips.id),
    /** transferred: the competent authority and the document that sent it there. */
    transferredTo: text('transferred_to'),
    transferDocument: text('transfer_document'),
    /** The one extension of the resolution deadline (art. 147(2) BLTTHS), with its reason. */
    extendedUntil: timestamp('extended_until', { withTimezone: true }),
    extensionReason: text('extension_reason'),
    extendedBy: integer('extended_by').references(() => users.id),
  },
  (t) => [
    index('tips_geom_idx').using('gist', t.geom),
    index('tips_received_at_idx').on(t.receivedAt),
    index('tips_business_idx').on(t.businessId),
    index('tips_duplicate_of_idx').on(t.duplicateOf),
  ],
);

/**
 * Who reported a tip, when they gave it: police-only (row-level security), kept apart so that no
 * list, tile, export or log built on `tips` can carry it. Every read is audited.
 */
export const tipReporters = pgTable('tip_reporters', {
  tipId: bigint('tip_id', { mode: 'number' })
    .primaryKey()
    .references(() => tips.id),
  communeCode: text('commune_code')
    .notNull()
    .references(() => communes.communeCode),
  name: text('name'),
  phone: text('phone'),
  address: text('address'),
  note: text('note'),
});

/** Every state change of a tip: dated, signed and noted. */
export const tipEvents = pgTable(
  'tip_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    tipId: bigint('tip_id', { mode: 'number' })
      .notNull()
      .references(() => tips.id),
    fromStatus: tipStatus('from_status'),
    toStatus: tipStatus('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userId: integer('user_id').references(() => users.id),
    note: text('note'),
  },
  (t) => [index('tip_events_tip_idx').on(t.tipId)],
);
