import { timestamp } from 'drizzle-orm/pg-core';
import { userRef } from './row-ref';

/** An instant (`timestamp with time zone`); nullable until `.notNull()`. */
export function instant(name: string) {
  return timestamp(name, { withTimezone: true });
}

/** When the row was written: set by the database. */
export function createdAt() {
  return instant('created_at').notNull().defaultNow();
}

/** Who wrote the row and when: `created_by` (null for the seed and imports) then `created_at`. */
export function authorship() {
  return { createdBy: userRef('created_by'), createdAt: createdAt() };
}
