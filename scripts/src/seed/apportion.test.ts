import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';

describe('apportion', () => {
  it('splits a total exactly, in proportion to the weights', () => {
    const parts = apportion(33_230, [1, 2, 3, 4]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(33_230);
    expect(parts).toEqual([3323, 6646, 9969, 13_292]);
  });

  it('gives the leftover units to the largest remainders', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(2, [0.2, 0.5, 0.3])).toEqual([0, 1, 1]);
  });
});
