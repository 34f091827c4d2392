import { date, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { bigCommuneRow } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { rowRef } from '../columns/row-ref';
import { createdAt, instant } from '../columns/timestamps';
import { businessStatus, businessType } from './enums';
import { villages } from './villages';

/** Times as "HH:MM"; an interval whose close is before its open runs past midnight. */
export type OpeningHours = Record<
  'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun',
  Array<[open: string, close: string]>
>;

/**
 * What the registry says of a premises, besides its status and position: also the columns of a
 * row an import could not place yet (`unplaced_businesses`), which becomes a business when placed.
 */
export function registryColumns() {
  return {
    name: text('name').notNull(),
    type: businessType('type').notNull(),
    address: text('address').notNull(),
    licensedTrade: text('licensed_trade'),
    licenceNumber: text('licence_number'),
    ownerName: text('owner_name'),
    phone: text('phone'),
  };
}

/** Cơ sở kinh doanh dịch vụ nhạy cảm. `village_id` is set by a trigger from `geom`, never by hand. */
export const businesses = pgTable(
  'businesses',
  {
    ...bigCommuneRow(),
    ...registryColumns(),
    openingHours: jsonb('opening_hours').$type<OpeningHours>(),
    status: businessStatus('status').notNull().default('active'),
    reviewedAt: date('reviewed_at'),
    villageId: rowRef('village_id', () => villages.id).notNull(),
    geom: geometryColumn('geom', 'Point').notNull(),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    deletedAt: instant('deleted_at'),
  },
  (t) => [
    index('businesses_geom_idx').using('gist', t.geom),
    index('businesses_village_idx').on(t.villageId),
    index('businesses_type_status_idx').on(t.type, t.status),
  ],
);
