import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { euc2dMatrix, tourLength } from './euc-2d';
import { solveTsp } from './ils';

function randomMatrix(seed: number, n: number) {
  const random = createRandom(seed);
  const xs = Float64Array.from({ length: n }, () => Math.floor(random.next() * 1000));
  const ys = Float64Array.from({ length: n }, () => Math.floor(random.next() * 1000));
  return euc2dMatrix(xs, ys);
}

function bruteForceOptimum(m: ReturnType<typeof euc2dMatrix>): number {
  let best = Number.POSITIVE_INFINITY;
  const rest = Array.from({ length: m.n - 1 }, (_, i) => i + 1);
  const permute = (k: number) => {
    if (k === rest.length) {
      best = Math.min(best, tourLength(m, [0, ...rest]));
      return;
    }
    for (let i = k; i < rest.length; i++) {
      [rest[k], rest[i]] = [rest[i] as number, rest[k] as number];
      permute(k + 1);
      [rest[k], rest[i]] = [rest[i] as number, rest[k] as number];
    }
  };
  permute(0);
  return best;
}

describe('solveTsp', () => {
  it('returns a permutation whose reported length is its true length (40 random instances)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const n = 4 + ((seed * 7) % 120);
      const m = randomMatrix(seed, n);
      const result = solveTsp(m, { timeMs: 1000, maxIterations: 300, seed });
      expect(Array.from(result.tour).sort((a, b) => a - b)).toEqual(
        Array.from({ length: n }, (_, i) => i),
      );
      expect(result.length).toBe(tourLength(m, result.tour));
    }
  });

  it('finds the optimum of small instances (checked by brute force)', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const m = randomMatrix(100 + seed, 9);
      expect(solveTsp(m, { timeMs: 1000, maxIterations: 500, seed }).length).toBe(
        bruteForceOptimum(m),
      );
    }
  });

  it('gives the same tour for the same seed and iteration budget', () => {
    const m = randomMatrix(7, 150);
    const a = solveTsp(m, { timeMs: 10_000, maxIterations: 400, seed: 3 });
    const b = solveTsp(m, { timeMs: 10_000, maxIterations: 400, seed: 3 });
    expect(Array.from(a.tour)).toEqual(Array.from(b.tour));
  });

  it('handles the smallest instances', () => {
    const m = randomMatrix(1, 3);
    expect(solveTsp(m, { timeMs: 10 }).tour.length).toBe(3);
  });
});
