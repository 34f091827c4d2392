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
    /** argon2id (PHC string); null means the account cannot log in. */
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    /** Set by an admin's create or reset (a temporary password): the next login must change it. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /**
     * Wrong passwords since the last success, shown to the admin; they never lock the account
     * (the delays are per name and address: api/src/auth/login-throttle.ts).
     */
    failedLogins: integer('failed_logins').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username)],
);
