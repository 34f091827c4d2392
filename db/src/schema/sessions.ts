import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { communes } from './communes';
import { users } from './users';

/**
 * Cookie sessions. Only the SHA-256 of the cookie value is stored, so a copy of this table
 * opens no session. Idle and absolute expiry are checked against `last_seen_at`/`expires_at`.
 */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
