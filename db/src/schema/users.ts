import { boolean, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { communes } from './communes';
import { userRole } from './enums';
import { villages } from './villages';

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: userRole('role').notNull(),
    /** Only for the `village` role: the village whose businesses the user keeps up to date. */
    villageId: integer('village_id').references(() => villages.id),
    /** argon2id; null until a password is set (accounts arrive with the accounts issue). */
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username)],
);
