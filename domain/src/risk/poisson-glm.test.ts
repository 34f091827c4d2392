import { Random } from '@ntm/solver/random';
import { describe, expect, it } from 'vitest';
import { fitPoisson, poissonDeviance } from './poisson-glm';

/** Knuth's Poisson draw; fine for the small means here. */
function poisson(next: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let product = next();
  while (product > limit) {
    k += 1;
    product *= next();
  }
  return k;
}

describe('fitPoisson', () => {
  it('recovers known coefficients from seeded synthetic Poisson data', () => {
    const truth = [-1.2, 0.8, -0.5, 1.1];
    const random = new Random(2026);
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const row = [1, random.next(), random.next() < 0.3 ? 1 : 0, Math.exp(-random.next() * 2)];
      x.push(row);
      y.push(
        poisson(
          () => random.next(),
          Math.exp(row.reduce((s, v, j) => s + v * (truth[j] as number), 0)),
        ),
      );
    }
    const fit = fitPoisson(x, y);
    expect(fit.converged).toBe(true);
    fit.coefficients.forEach((b, j) => {
      expect(Math.abs(b - (truth[j] as number))).toBeLessThan(
        4 * (fit.standardErrors[j] as number),
      );
      expect(Math.abs(b - (truth[j] as number))).toBeLessThan(0.12);
    });
    expect(fit.deviance).toBeLessThan(fit.nullDeviance);
    expect(fit.pseudoR2).toBeGreaterThan(0);
    expect(fit.aic).toBeCloseTo(-2 * fit.logLikelihood + 8, 9);
  });

  it('fits an intercept-only model to the log of the mean, with zero deviance gain', () => {
    const y = [0, 1, 2, 3, 4];
    const fit = fitPoisson(
      y.map(() => [1]),
      y,
    );
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(2), 9);
    expect(fit.deviance).toBeCloseTo(fit.nullDeviance, 9);
    // The standard error of log(mean) is 1/√(Σy).
    expect(fit.standardErrors[0]).toBeCloseTo(1 / Math.sqrt(10), 6);
  });

  it('stays finite when a feature never varies with the outcome (the ridge holds it)', () => {
    const x = [
      [1, 0],
      [1, 0],
      [1, 0],
      [1, 0],
    ];
    const fit = fitPoisson(x, [1, 0, 2, 1]);
    for (const b of fit.coefficients) expect(Number.isFinite(b)).toBe(true);
    expect(fit.coefficients[1]).toBeCloseTo(0, 6);
  });

  it('refuses data without events', () => {
    expect(() => fitPoisson([[1], [1]], [0, 0])).toThrow(RangeError);
  });
});

describe('poissonDeviance', () => {
  it('is zero for a perfect fit and counts y = 0 rows as 2μ', () => {
    expect(poissonDeviance([1, 2], [1, 2])).toBe(0);
    expect(poissonDeviance([0], [0.5])).toBeCloseTo(1, 12);
  });
});
