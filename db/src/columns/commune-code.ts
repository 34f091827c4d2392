import { text } from 'drizzle-orm/pg-core';
import { communes } from '../schema/communes';

/**
 * The commune a row belongs to: every table but `communes` carries it, for row-level security
 * and for a database that holds several communes.
 */
export function communeCode() {
  return text('commune_code')
    .notNull()
    .references(() => communes.communeCode);
}
