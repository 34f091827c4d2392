import { describe, expect, it } from 'vitest';
import { bhThreshold, fdrClasses } from './fdr';
import { giStar } from './getis-ord';

// A line of 9 cells, each the neighbour of the next: simple enough to check by hand.
const line = (n: number) =>
  Array.from({ length: n }, (_, i) => [i - 1, i, i + 1].filter((j) => j >= 0 && j < n));

describe('Getis-Ord Gi*', () => {
  it('matches the formula worked by hand on a small line', () => {
    const values = [0, 0, 0, 1, 8, 1, 0, 0, 0];
    const [, , , , centre, , , , last] = giStar(values, line(9));
    // n = 9, X̄ = 10/9, S = √(66/9 − 100/81) = √(494/81); cell 4: Σ = 10, w = 3.
    const s = Math.sqrt(494 / 81);
    const want = (10 - (10 / 9) * 3) / (s * Math.sqrt((9 * 3 - 9) / 8));
    expect(centre?.z).toBeCloseTo(want, 12);
    expect(centre?.p).toBeGreaterThan(0.05);
    expect(centre?.p).toBeLessThan(0.1);
    // The end cell has two neighbours (itself and one), all zero: below the mean.
    const wantLast = (0 - (10 / 9) * 2) / (s * Math.sqrt((9 * 2 - 4) / 8));
    expect(last?.z).toBeCloseTo(wantLast, 12);
  });

  it('finds nothing when every cell holds the same count, or none', () => {
    for (const v of [0, 3]) {
      for (const g of giStar(Array(9).fill(v), line(9))) expect(g).toEqual({ z: 0, p: 1 });
    }
  });

  it('does not change when every count is scaled, and flips sign when mirrored around the mean', () => {
    const values = [1, 4, 2, 7, 3, 0, 5, 2, 1];
    const a = giStar(values, line(9));
    const b = giStar(
      values.map((v) => v * 10),
      line(9),
    );
    const c = giStar(
      values.map((v) => 10 - v),
      line(9),
    );
    a.forEach((g, i) => {
      expect(b[i]?.z).toBeCloseTo(g.z, 12);
      expect(c[i]?.z).toBeCloseTo(-g.z, 12);
    });
  });
});

describe('false-discovery-rate classes', () => {
  it('takes the largest p(k) with p(k) ≤ kα/m as the threshold', () => {
    // m = 5, α = 0.05: bounds 0.01, 0.02, 0.03, 0.04, 0.05.
    expect(bhThreshold([0.001, 0.5, 0.03, 0.025, 0.9], 0.05)).toBe(0.03);
    expect(bhThreshold([0.2, 0.3], 0.05)).toBe(-1);
  });

  it('is stricter than the uncorrected p < α when many cells are tested', () => {
    const cells = Array.from({ length: 100 }, (_, i) => ({ z: 1, p: (i + 1) / 1000 + 0.04 }));
    // Every p is below 0.15 but, m = 100 deep, none passes BH at 90%.
    expect(new Set(fdrClasses(cells))).toEqual(new Set(['not-significant']));
  });

  it('names the sign of z and the strongest level passed', () => {
    const cells = [
      { z: 4, p: 0.0001 },
      { z: -4, p: 0.0001 },
      { z: 2.2, p: 0.028 },
      { z: 1.8, p: 0.07 },
      { z: 0.1, p: 0.9 },
    ];
    // m = 5 → 99%: p(k) ≤ k·0.002 passes p(1), p(2); 95%: ≤ k·0.01 passes up to 0.028 (k = 3);
    // 90%: ≤ k·0.02 passes 0.07 (k = 4, 0.08).
    expect(fdrClasses(cells)).toEqual(['hot-99', 'cold-99', 'hot-95', 'hot-90', 'not-significant']);
  });
});
