import { describe, expect, it } from 'vitest';
import { selectForPlan } from './plan-selection';

const ranked = Array.from({ length: 50 }, (_, i) => `business-${i}`);

describe('selectForPlan', () => {
  it('picks the same premises for the same seed', () => {
    const options = { maxStops: 10, randomShare: 0.3, seed: 42 };
    expect(selectForPlan(ranked, options)).toEqual(selectForPlan(ranked, options));
  });

  it('picks differently with another seed', () => {
    const a = selectForPlan(ranked, { maxStops: 10, randomShare: 0.5, seed: 1 });
    const b = selectForPlan(ranked, { maxStops: 10, randomShare: 0.5, seed: 2 });
    expect(a.map((p) => p.rank)).not.toEqual(b.map((p) => p.rank));
  });

  it('takes ⌈(1 − share)·n⌉ by rank, the top ones, and the rest at random', () => {
    for (const [share, byRank] of [
      [0, 10],
      [0.3, 7],
      [0.25, 8],
      [0.5, 5],
      [1, 0],
    ] as const) {
      const picks = selectForPlan(ranked, { maxStops: 10, randomShare: share, seed: 3 });
      expect(picks).toHaveLength(10);
      const rankPicks = picks.filter((p) => p.reason === 'rank');
      expect(rankPicks.map((p) => p.rank)).toEqual(Array.from({ length: byRank }, (_, i) => i));
      expect(picks.filter((p) => p.reason === 'random')).toHaveLength(10 - byRank);
    }
  });

  it('draws random picks only below the ranked cut, never twice', () => {
    for (let seed = 0; seed < 200; seed++) {
      const picks = selectForPlan(ranked, { maxStops: 12, randomShare: 0.4, seed });
      const cut = picks.filter((p) => p.reason === 'rank').length;
      const random = picks.filter((p) => p.reason === 'random');
      for (const p of random) expect(p.rank).toBeGreaterThanOrEqual(cut);
      expect(new Set(picks.map((p) => p.rank)).size).toBe(picks.length);
      for (const p of picks) expect(p.candidate).toBe(ranked[p.rank]);
    }
  });

  it('reaches every lower-ranked premises over many seeds (uniform, not just the next ones)', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < 300; seed++)
      for (const p of selectForPlan(ranked, { maxStops: 10, randomShare: 0.3, seed }))
        if (p.reason === 'random') seen.add(p.rank);
    expect(seen.size).toBe(ranked.length - 7);
  });

  it('returns all candidates when there are fewer than maxStops', () => {
    const picks = selectForPlan(ranked.slice(0, 4), { maxStops: 10, randomShare: 0.5, seed: 9 });
    expect(picks.map((p) => p.rank)).toEqual([0, 1, 2, 3]);
    expect(picks.filter((p) => p.reason === 'rank')).toHaveLength(2);
  });

  it('refuses a share outside 0–1 and a negative or fractional maxStops', () => {
    expect(() => selectForPlan(ranked, { maxStops: 5, randomShare: 1.2, seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => selectForPlan(ranked, { maxStops: -1, randomShare: 0.2, seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => selectForPlan(ranked, { maxStops: 2.5, randomShare: 0.2, seed: 1 })).toThrow(
      RangeError,
    );
  });
});
