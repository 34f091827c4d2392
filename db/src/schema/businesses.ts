import { bigint, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { communes } from './communes';
import { businessStatus, businessType } from './enums';
import { villages } from './villages';

/** Times as "HH:MM"; an interval whose close is before its open runs past midnight. */
export type OpeningHours = Record<
  'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun',
  Array<[open: string, close: string]>
>;

/** Cơ sở kinh doanh dịch vụ nhạy cảm. `village_id` is set by a trigger from `geom`, never by hand. */
export const businesses = pgTable(
  'businesses',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    name: text('name').notNull(),
    type: businessType('type').notNull(),
    address: text('address').notNull(),
    licensedTrade: text('licensed_trade'),
    licenceNumber: text('licence_number'),
    ownerName: text('owner_name'),
    phone: text('phone'),
    openingHours: jsonb('opening_hours').$type<OpeningHours>(),
    status: businessStatus('status').notNull().default('active'),
    reviewedAt: date('reviewed_at'),
    villageId: integer('village_id')
      .notNull()
      .references(() => villages.id),
    geom: geometryColumn('geom', 'Point').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('businesses_geom_idx').using('gist', t.geom),
    index('businesses_village_idx').on(t.villageId),
    index('businesses_type_status_idx').on(t.type, t.status),
  ],
);
