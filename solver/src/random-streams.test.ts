import { describe, expect, it } from 'vitest';
import { deriveSeed, Random } from './random';

describe('Random', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(
      Array.from({ length: 20 }, () => b.next()),
    );
  });

  it('draws different sequences for different seeds', () => {
    expect(new Random(42).next()).not.toBe(new Random(43).next());
  });

  it('stays in [0, 1) and covers it evenly', () => {
    const random = new Random(1);
    const buckets = new Array(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const u = random.next();
      if (!(u >= 0 && u < 1)) outside += 1;
      else buckets[Math.floor(u * 10)] += 1;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('draws weighted keys in proportion and never a zero-weight key', () => {
    const random = new Random(5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 30_000; i += 1) counts[random.weighted({ a: 1, b: 2, c: 0 })] += 1;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(1.85);
    expect(counts.b / counts.a).toBeLessThan(2.15);
  });
});

describe('deriveSeed', () => {
  it('gives each record its own stream, stable across calls', () => {
    expect(deriveSeed(42, 'business', 17)).toBe(deriveSeed(42, 'business', 17));
    const seeds = new Set([
      deriveSeed(42, 'business', 17),
      deriveSeed(42, 'business', 18),
      deriveSeed(42, 'tip', 17),
      deriveSeed(43, 'business', 17),
      deriveSeed(42, 'business1', 7),
    ]);
    expect(seeds.size).toBe(5);
  });
});
