import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('createRandom', () => {
  it('repeats its stream for a seed and differs between neighbouring seeds', () => {
    const draw = (seed: number) => {
      const r = createRandom(seed);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    for (const x of draw(3)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('draws integers below n', () => {
    const r = createRandom(9);
    for (let i = 0; i < 1000; i++) expect(r.int(7)).toBeLessThan(7);
  });
});
