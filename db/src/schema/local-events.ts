import { date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { communeRow } from '../columns/commune-code';
import { authorship } from '../columns/timestamps';

/**
 * A local event that brings crowds (a village festival, a fair, a construction site's pay day)
 * and so steps up inspections like the national seasons; the admin keeps them.
 */
export const localEvents = pgTable(
  'local_events',
  {
    ...communeRow(),
    name: text('name').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date').notNull(),
    ...authorship(),
  },
  (t) => [index('local_events_dates_idx').on(t.communeCode, t.fromDate)],
);
