import { date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { communes } from './communes';
import { users } from './users';

/**
 * A local event that brings crowds (a village festival, a fair, a construction site's pay day)
 * and so steps up inspections like the national seasons; the admin keeps them.
 */
export const localEvents = pgTable(
  'local_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    name: text('name').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('local_events_dates_idx').on(t.communeCode, t.fromDate)],
);
