import { createHmac } from 'node:crypto';
import type { Pool } from '@ntm/db/client';
import {
  blockWindow,
  clearWindow,
  hitWindow,
  pruneWindows,
  type RateWindow,
  readWindow,
  type WindowKey,
} from '@ntm/db/queries/rate-windows';

/** How often a process deletes its scope's ended windows (one DELETE, on a hit). */
const pruneEveryMs = 60_000;

/**
 * Without AUDIT_HASH_KEY the keys are hashed with this built-in one, the same in every process,
 * so N processes still count together (a random key per process would split the limits N
 * ways without a word). A deployment sets AUDIT_HASH_KEY, the same on every process, so that a
 * copy of the table cannot be matched against guessed addresses.
 */
const builtInKey = 'nam-thanh-mien rate windows';

export type RateWindowsOptions = {
  /** The pool, never a request's transaction: a refused request's hit must still count. */
  sql: Pool;
  communeCode: string;
  /** Whose windows: '' for every process of a deployment, one's own for a test's app. */
  scope: string;
  /** The secret for the keys' HMAC (AUDIT_HASH_KEY). */
  hashKey: string | undefined;
};

/**
 * The windows every limit and the login throttle count in, in PostgreSQL (table rate_windows),
 * so every app process behind the proxy sees the same counts at once. A key (a client address,
 * an account name with an address) is stored only as its HMAC: an account name box sometimes
 * receives a password, and a public tip's address is a tipster's; neither may sit in a table.
 */
export function createRateWindows(options: RateWindowsOptions) {
  const { sql, scope, communeCode } = options;
  const hashKey = options.hashKey ?? builtInKey;
  const keyOf = (limiter: string, key: string): WindowKey => ({
    scope,
    communeCode,
    limiter,
    keyHash: createHmac('sha256', hashKey).update(`${limiter}\u0000${key}`).digest('base64url'),
  });
  let prunedMs = Number.NEGATIVE_INFINITY;
  return {
    async hit(
      limiter: string,
      key: string,
      at: Date,
      windowMs: number,
      extend = false,
    ): Promise<RateWindow> {
      if (at.getTime() - prunedMs >= pruneEveryMs) {
        prunedMs = at.getTime();
        await pruneWindows(sql, scope, at);
      }
      return hitWindow(sql, keyOf(limiter, key), at, windowMs, extend);
    },
    read: (limiter: string, key: string, at: Date) => readWindow(sql, keyOf(limiter, key), at),
    block: (limiter: string, key: string, until: Date) =>
      blockWindow(sql, keyOf(limiter, key), until),
    clear: (limiter: string, key: string) => clearWindow(sql, keyOf(limiter, key)),
  };
}

export type RateWindows = ReturnType<typeof createRateWindows>;

/** What a limit counts with: the shared windows and the app's clock. */
export type CountedIn = { windows: RateWindows; now: () => Date };
