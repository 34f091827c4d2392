import { describe, expect, it } from 'vitest';
import { erfc, twoSidedP } from './normal';

// Reference values of erfc (mpmath, 50 digits, shown to 16).
const known: Array<[number, number]> = [
  [0, 1],
  [0.1, 0.8875370839817152],
  [0.5, 0.4795001221869535],
  [1, 0.15729920705028513],
  [1.5, 0.033894853524689274],
  [2, 0.004677734981047266],
  [1.9999, 0.004679802092970609],
  [2.4999, 0.000407169900333451],
  [2.5, 0.000406952017444959],
  [3, 2.209049699858544e-5],
  [4, 1.541725790028002e-8],
  [5, 1.5374597944280349e-12],
  [10, 2.088487583762545e-45],
  [-1, 1.8427007929497148],
];

describe('erfc', () => {
  it('matches reference values to 1e-13 relative, on both sides of the switch at 2', () => {
    for (const [x, want] of known) {
      expect(Math.abs(erfc(x) - want) / want, `erfc(${x})`).toBeLessThan(1e-13);
    }
  });

  it('gives the familiar two-sided p-values of 1.645, 1.96 and 2.576', () => {
    expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedP(-1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedP(1.6448536269514722)).toBeCloseTo(0.1, 14);
    expect(twoSidedP(2.5758293035489004)).toBeCloseTo(0.01, 14);
    expect(twoSidedP(0)).toBe(1);
  });

  it('never leaves 0..2 and falls as x grows', () => {
    let last = 2;
    for (let x = -6; x <= 30; x += 0.01) {
      const v = erfc(x);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(last);
      last = v;
    }
  });
});
