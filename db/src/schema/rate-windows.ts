import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { communeCode } from '../columns/commune-code';
import { instant } from '../columns/timestamps';

/**
 * The rate limits' windows and the login throttle's failures (api/src/auth/rate-windows.ts), kept
 * in the database so every app process counts into the same windows. UNLOGGED (migration 0004):
 * counters of the last hour or day, which a crash may forget at no cost. The key is an HMAC of
 * the client address or account name, never the value itself.
 */
export const rateWindows = pgTable(
  'rate_windows',
  {
    /** Which app's windows: '' for every process of a deployment; tests give each app its own. */
    scope: text('scope').notNull(),
    communeCode: communeCode(),
    /** The limit: 'login', 'public-tip', 'wrong-code', 'csp-report', 'login-failures'. */
    limiter: text('limiter').notNull(),
    keyHash: text('key_hash').notNull(),
    hits: integer('hits').notNull(),
    /** When the window ends and the row may go. */
    endsAt: instant('ends_at').notNull(),
    /** The login throttle's delay: no try is looked at before then. */
    blockedUntil: instant('blocked_until'),
  },
  (t) => [primaryKey({ columns: [t.scope, t.communeCode, t.limiter, t.keyHash] })],
);
