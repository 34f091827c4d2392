import { describe, expect, it } from 'vitest';
import { cholesky, choleskySolve, inverseSpd } from './linear-algebra';

const a = [
  [4, 12, -16],
  [12, 37, -43],
  [-16, -43, 98],
];

describe('cholesky', () => {
  it('factors the textbook matrix', () => {
    expect(cholesky(a)).toEqual([
      [2, 0, 0],
      [6, 1, 0],
      [-8, 5, 3],
    ]);
  });

  it('solves A·x = b', () => {
    const x = choleskySolve(cholesky(a), [1, 2, 3]);
    const back = a.map((row) => row.reduce((s, v, j) => s + v * (x[j] as number), 0));
    for (const [i, v] of back.entries()) expect(v).toBeCloseTo(i + 1, 9);
  });

  it('inverts: A·A⁻¹ = I', () => {
    const inv = inverseSpd(a);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        const v = (a[i] as number[]).reduce(
          (s, x, k) => s + x * ((inv[k] as number[])[j] as number),
          0,
        );
        expect(v).toBeCloseTo(i === j ? 1 : 0, 9);
      }
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(() =>
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toThrow(RangeError);
  });
});
