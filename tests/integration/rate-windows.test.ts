// The rate limits and the login throttle over the real table (rate_windows, migration 0004), as
// the app's own role: the cases the in-memory versions were unit-tested with, plus what only a
// shared store has to show: two processes' counters add up, hits racing on one key lose none,
// each scope counts alone, ended windows are pruned, no row holds the key it counts, and the
// table is UNLOGGED with exactly the app role's four rights on it.
import { randomUUID } from 'node:crypto';
import { createLoginThrottle } from '@ntm/api/auth/login-throttle';
import { createRateLimiter } from '@ntm/api/auth/rate-limit';
import { createRateWindows } from '@ntm/api/auth/rate-windows';
import { connect } from '@ntm/db/client';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { handClock } from '../helpers/hand-clock';
import { communeCode } from '../helpers/test-app';

const appSql = connect(inject('appDatabaseUrl'), { max: 8 }).sql;
const owner = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
afterAll(() => Promise.all([appSql.end(), owner.end()]));

/** The windows of one app process; `scope` shared makes two of them one deployment. */
const windowsOf = (scope: string) =>
  createRateWindows({ sql: appSql, communeCode, scope, hashKey: 'a-test-key-of-16-chars' });

/** The windows of a scope of their own (or `scope`'s), on a clock the test moves. */
const counted = (scope: string = randomUUID()) => ({
  windows: windowsOf(scope),
  scope,
  ...handClock('2026-01-01T00:00:00Z'),
});

/** A limiter of `max` hits a minute. */
function limiterAt(max: number, scope?: string) {
  const at = counted(scope);
  return { ...at, limiter: createRateLimiter({ name: 'login', max, windowMs: 60_000, ...at }) };
}

describe('a rate limiter', () => {
  it('allows max hits per window, then says how long to wait, then allows again', async () => {
    const { limiter, advance } = limiterAt(2);
    expect((await limiter.hit('a')).allowed).toBe(true);
    expect((await limiter.hit('a')).allowed).toBe(true);
    expect(await limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    advance(45_000);
    expect(await limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    advance(15_000);
    expect((await limiter.hit('a')).allowed).toBe(true);
  });

  it('counts each key on its own', async () => {
    const { limiter } = limiterAt(1);
    expect((await limiter.hit('a')).allowed).toBe(true);
    expect((await limiter.hit('b')).allowed).toBe(true);
    expect((await limiter.hit('a')).allowed).toBe(false);
  });

  it('peeks: refuses once max hits are counted, without counting itself, until the window ends', async () => {
    const { limiter, advance } = limiterAt(2);
    expect((await limiter.peek('a')).allowed).toBe(true);
    await limiter.hit('a');
    expect((await limiter.peek('a')).allowed).toBe(true);
    expect((await limiter.peek('a')).allowed).toBe(true);
    await limiter.hit('a');
    expect(await limiter.peek('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect((await limiter.peek('b')).allowed).toBe(true);
    advance(60_000);
    expect((await limiter.peek('a')).allowed).toBe(true);
  });

  it('adds up the hits of two processes of one deployment, and not of another scope', async () => {
    const first = limiterAt(3);
    const second = limiterAt(3, first.scope);
    const elsewhere = limiterAt(3);
    await first.limiter.hit('a');
    await second.limiter.hit('a');
    await first.limiter.hit('a');
    expect((await second.limiter.hit('a')).allowed).toBe(false);
    expect((await first.limiter.peek('a')).allowed).toBe(false);
    expect((await elsewhere.limiter.hit('a')).allowed).toBe(true);
  });

  it('loses no hit when many race on one key', async () => {
    const { limiter } = limiterAt(10);
    const verdicts = await Promise.all(Array.from({ length: 40 }, () => limiter.hit('a')));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
  });

  it('keeps only a keyed hash of the key, and prunes the scope’s ended windows', async () => {
    const address = '203.0.113.99';
    const { limiter, scope, advance } = limiterAt(5);
    await limiter.hit(address);
    const rows = await owner`select * from rate_windows where scope = ${scope}`;
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(address);
    expect(rows[0]?.key_hash).toMatch(/^[\w-]{43}$/);
    advance(2 * 60_000); // the window has ended; a hit a minute later prunes it
    await limiter.hit('another');
    const left = await owner`select key_hash from rate_windows where scope = ${scope}`;
    expect(left).toHaveLength(1);
    expect(left[0]?.key_hash).not.toBe(rows[0]?.key_hash);
  });
});

/** A throttle of 2 free failures, then 10 s doubling up to 40 s. */
function throttleAt(scope?: string) {
  const at = counted(scope);
  const limits = { freeFailures: 2, firstDelayMs: 10_000, maxDelayMs: 40_000 };
  return { ...at, throttle: createLoginThrottle({ ...limits, ...at }) };
}

describe('the login throttle', () => {
  it('lets the free failures through, then delays with a doubling wait up to the longest', async () => {
    const { throttle, advance } = throttleAt();
    await throttle.failed('an', '10.0.0.1');
    await throttle.failed('an', '10.0.0.1');
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(true);
    await throttle.failed('an', '10.0.0.1');
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(false);
    advance(10_000);
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(true);
    await throttle.failed('an', '10.0.0.1');
    advance(19_999);
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(false);
    advance(1);
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(true);
    await throttle.failed('an', '10.0.0.1');
    await throttle.failed('an', '10.0.0.1');
    advance(39_999);
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(false);
    advance(1);
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(true);
  });

  it('keeps another address free to try the same account', async () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 5; i++) await throttle.failed('an', '10.0.0.1');
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(false);
    expect(await throttle.mayTry('an', '10.0.0.2')).toBe(true);
    expect(await throttle.mayTry('binh', '10.0.0.1')).toBe(true);
  });

  it('treats a name in other case or with spaces as the same account', async () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 3; i++) await throttle.failed(' An ', '10.0.0.1');
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(false);
  });

  it('starts over after a success', async () => {
    const { throttle, advance } = throttleAt();
    for (let i = 0; i < 3; i++) await throttle.failed('an', '10.0.0.1');
    advance(10_000);
    await throttle.succeeded('an', '10.0.0.1');
    await throttle.failed('an', '10.0.0.1');
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(true);
  });

  it('forgets failures after a quiet day', async () => {
    const { throttle, advance } = throttleAt();
    for (let i = 0; i < 3; i++) await throttle.failed('an', '10.0.0.1');
    advance(24 * 60 * 60_000);
    await throttle.failed('an', '10.0.0.1');
    expect(await throttle.mayTry('an', '10.0.0.1')).toBe(true);
  });

  it('holds a delay earned on one process on another, and keeps no name in the table', async () => {
    const first = throttleAt();
    const second = throttleAt(first.scope);
    for (let i = 0; i < 3; i++) await first.throttle.failed('Bình', '10.0.0.1');
    expect(await second.throttle.mayTry('bình', '10.0.0.1')).toBe(false);
    const rows = await owner`select * from rate_windows where scope = ${first.scope}`;
    expect(JSON.stringify(rows)).not.toMatch(/bình|10\.0\.0\.1/i);
  });
});

describe('the table', () => {
  it('is UNLOGGED, and the app role may read, count, clear and prune in it, nothing more', async () => {
    const [table] = await owner`
      select relpersistence from pg_class where oid = 'public.rate_windows'::regclass`;
    expect(table?.relpersistence).toBe('u');
    const privileges = [
      'SELECT',
      'INSERT',
      'UPDATE',
      'DELETE',
      'TRUNCATE',
      'REFERENCES',
      'TRIGGER',
    ];
    const granted = [];
    for (const privilege of privileges) {
      const [row] = await owner`
        select has_table_privilege('ntm_app', 'public.rate_windows', ${privilege}) as granted`;
      if (row?.granted) granted.push(privilege);
    }
    expect(granted).toEqual(['SELECT', 'INSERT', 'UPDATE', 'DELETE']);
  });
});
