import { describe, expect, it } from 'vitest';
import { createBacktestCache } from './backtest-cache';
import type { Backtest } from './run-backtest';

const answer = (before: string) => ({ before }) as Backtest;

describe('createBacktestCache', () => {
  it('computes once per key until the entry expires', async () => {
    const cache = createBacktestCache({ ttlMs: 1000 });
    let calls = 0;
    const compute = async () => {
      calls += 1;
      return answer('2026-02-03');
    };
    await cache.get('a', 0, compute);
    await cache.get('a', 999, compute);
    expect(calls).toBe(1);
    await cache.get('b', 999, compute);
    expect(calls).toBe(2);
    await cache.get('a', 1000, compute);
    expect(calls).toBe(3);
  });

  it('forgets a failed computation and drops the oldest entry when full', async () => {
    const cache = createBacktestCache({ maxEntries: 2 });
    await expect(cache.get('x', 0, () => Promise.reject(new Error('db down')))).rejects.toThrow();
    await Promise.resolve();
    let calls = 0;
    const compute = async () => {
      calls += 1;
      return answer('d');
    };
    await cache.get('x', 1, compute);
    expect(calls).toBe(1);
    await cache.get('y', 2, compute);
    await cache.get('z', 3, compute);
    await cache.get('x', 4, compute); // evicted by z
    expect(calls).toBe(4);
  });
});
