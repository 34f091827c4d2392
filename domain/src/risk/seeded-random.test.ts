import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, a different one for another seed', () => {
    const draw = (seed: number) => {
      const next = seededRandom(seed);
      return Array.from({ length: 5 }, () => next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const next = seededRandom(1);
    const bins = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const x = next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      bins[Math.floor(x * 4)] = (bins[Math.floor(x * 4)] as number) + 1;
    }
    for (const n of bins) expect(n).toBeGreaterThan(900);
  });
});
