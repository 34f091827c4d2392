import { describe, expect, it } from 'vitest';
import { defaultWeights, type RiskInputs, riskScore } from './factors';
import {
  featureNames,
  featuresOf,
  maxTotalPoints,
  weightsFromCoefficients,
} from './training-features';

const input: RiskInputs = {
  type: 'karaoke',
  distanceToBorderArea: 150,
  distanceToTrafficRoute: 0,
  distanceToTouristArea: null,
  distanceToWorkerHousing: 900,
  similarNearby: 7,
  tipAgesDays: [10, 200],
  violationAgesDays: [30],
  inspectionsLastYear: 2,
  registryMismatch: true,
  seasonIntensity: 1.6,
};

const coefficients = [
  -2.5, 1.1, 0.9, 0.4, 0.2, -0.1, 0.3, 0.05, -0.2, 0.15, 0.1, 0.6, 0.8, 1.2, 0.35,
];

describe('featuresOf', () => {
  it('gives one value per feature name, type as indicators against "other"', () => {
    const row = featuresOf(input);
    expect(row).toHaveLength(featureNames.length);
    expect(row.slice(0, 6)).toEqual([1, 0, 1, 0, 0, 0]);
    expect(featuresOf({ ...input, type: 'other' }).slice(1, 6)).toEqual([0, 0, 0, 0, 0]);
    // Caps in factor units: 8/2 similar premises, 10/5 season units.
    expect(row[featureNames.indexOf('similar-nearby')]).toBe(4);
    expect(row[featureNames.indexOf('season')]).toBeCloseTo(0.6, 12);
  });
});

describe('weightsFromCoefficients', () => {
  it('never gives a negative weight', () => {
    const { weights } = weightsFromCoefficients(coefficients);
    const numbers = [
      ...Object.values(weights.type),
      ...Object.values(weights).filter((v) => typeof v === 'number'),
    ];
    for (const v of numbers as number[]) expect(v).toBeGreaterThanOrEqual(0);
    expect(weights.type['bar-cafe']).toBe(0);
    expect(weights.touristArea).toBe(0);
  });

  it('keeps the default set’s largest possible score', () => {
    const { weights } = weightsFromCoefficients(coefficients);
    expect(maxTotalPoints(defaultWeights)).toBe(112);
    expect(maxTotalPoints(weights)).toBeCloseTo(112, 0);
  });

  it('scores s·(β·x) minus the intercept: points are the fitted log relative risk', () => {
    const { weights, scale } = weightsFromCoefficients(coefficients);
    const clipped = coefficients.map((c) => Math.max(0, c));
    const x = featuresOf(input);
    const linear = x.slice(1).reduce((s, v, j) => s + v * (clipped[j + 1] as number), 0);
    const { factors } = riskScore(input, weights);
    const sum = factors.reduce((s, f) => s + f.points, 0);
    expect(sum).toBeCloseTo(scale * linear, 0);
  });

  it('refuses coefficients that raise nothing', () => {
    expect(() => weightsFromCoefficients(coefficients.map(() => -1))).toThrow(RangeError);
    expect(() => weightsFromCoefficients([1, 2])).toThrow(RangeError);
  });
});
