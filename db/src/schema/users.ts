import { boolean, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { communeRow } from '../columns/commune-code';
import { rowRef } from '../columns/row-ref';
import { createdAt } from '../columns/timestamps';
import { userRole } from './enums';
import { villages } from './villages';

export const users = pgTable(
  'users',
  {
    ...communeRow(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: userRole('role').notNull(),
    /** Only for the `village` role: the village whose businesses the user keeps up to date. */
    villageId: rowRef('village_id', () => villages.id),
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
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username)],
);
