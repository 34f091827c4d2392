import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { communeCode } from '../columns/commune-code';
import { userRef } from '../columns/row-ref';
import { instant } from '../columns/timestamps';

/**
 * Cookie sessions. Only the SHA-256 of the cookie value is stored, so a copy of this table
 * opens no session. Idle and absolute expiry are checked against `last_seen_at`/`expires_at`.
 */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text('id_hash').primaryKey(),
    communeCode: communeCode(),
    userId: userRef('user_id').notNull(),
    createdAt: instant('created_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    endedAt: instant('ended_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
