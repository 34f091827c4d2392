import type { Pool } from '@ntm/db/client';
import { afterEach, describe, expect, it } from 'vitest';
import { type ReadStandby, standbyFailed, watchStandby } from './read-standby';

/** A pool answering every query with what `answer` returns now (or throwing it). */
const fakePool = (answer: () => unknown) =>
  (async () => {
    const value = answer();
    if (value instanceof Error) throw value;
    return [value];
  }) as unknown as Pool;

describe('watchStandby', () => {
  let watcher: ReadStandby | undefined;
  afterEach(() => watcher?.stop());

  function watch(standbyAnswer: () => unknown, clock: { ms: number }) {
    const primary = fakePool(() => ({ lsn: '0/10' }));
    const standby = fakePool(standbyAnswer);
    watcher = watchStandby(primary, standby, {
      maxLagMs: 1_000,
      everyMs: 60_000,
      now: () => clock.ms,
    });
    return { watcher, standby };
  }

  it('serves while the standby has replayed to where the primary stood', async () => {
    const clock = { ms: 0 };
    const { watcher, standby } = watch(() => ({ recovering: true, replayed: true }), clock);
    await watcher.probe();
    expect(watcher.pool()).toBe(standby);
    expect(watcher.health()).toEqual({ state: 'serving', lagMs: 0 });
  });

  it('lags once it last stood there longer ago than the limit, and serves again after', async () => {
    const clock = { ms: 0 };
    let replayed = true;
    const { watcher, standby } = watch(() => ({ recovering: true, replayed }), clock);
    await watcher.probe();
    replayed = false;
    clock.ms = 800;
    await watcher.probe();
    expect(watcher.health()).toEqual({ state: 'serving', lagMs: 800 });
    clock.ms = 1_500;
    await watcher.probe();
    expect(watcher.health()).toEqual({ state: 'lagging', lagMs: 1_500 });
    expect(watcher.pool()).toBeNull();
    replayed = true;
    clock.ms = 1_600;
    await watcher.probe();
    expect(watcher.pool()).toBe(standby);
  });

  it('is down when it does not answer, when promoted, or when a read on it failed', async () => {
    const clock = { ms: 0 };
    let answer: unknown = new Error('connect ECONNREFUSED');
    const { watcher } = watch(() => answer, clock);
    await watcher.probe();
    expect(watcher.health()).toEqual({ state: 'down', lagMs: null });
    answer = { recovering: false, replayed: true };
    await watcher.probe();
    expect(watcher.pool()).toBeNull();
    answer = { recovering: true, replayed: true };
    await watcher.probe();
    expect(watcher.health().state).toBe('serving');
    watcher.markDown();
    expect(watcher.pool()).toBeNull();
  });

  it('never saw the primary’s position yet: lagging, not serving', async () => {
    const { watcher } = watch(() => ({ recovering: true, replayed: false }), { ms: 0 });
    await watcher.probe();
    expect(watcher.health()).toEqual({ state: 'lagging', lagMs: null });
  });
});

describe('standbyFailed', () => {
  it('tells a standby that could not answer from a query the primary would fail too', () => {
    for (const code of ['ECONNREFUSED', 'CONNECTION_CLOSED', 'CONNECT_TIMEOUT', '57P01', '40001']) {
      expect(standbyFailed(Object.assign(new Error(code), { code }))).toBe(true);
    }
    for (const code of ['42P01', '22P02', undefined]) {
      expect(standbyFailed(Object.assign(new Error('x'), { code }))).toBe(false);
    }
    expect(standbyFailed(null)).toBe(false);
  });
});
