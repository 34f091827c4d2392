import { describe, expect, it } from 'vitest';
import { defaultWeights, type RiskInputs, riskFactors, riskLevel, riskScore } from './factors';
import { quietInputs as quiet } from './fixtures/quiet-inputs';

describe('risk factors', () => {
  it('adds up to the score, each factor named with its points', () => {
    const busy: RiskInputs = {
      ...quiet,
      type: 'massage',
      distanceToBorderArea: 0,
      distanceToTrafficRoute: 300,
      similarNearby: 2,
      tipAgesDays: [0, 90],
      registryMismatch: true,
      seasonIntensity: 3,
    };
    const { score, level, factors } = riskScore(busy);
    const sum = factors.reduce((s, f) => s + f.points, 0);
    expect(score).toBeCloseTo(sum, 5);
    expect(Object.fromEntries(factors.map((f) => [f.code, f.points]))).toEqual({
      type: 14,
      'border-area': 12,
      'traffic-route': 2.2, // 6 × e^-1
      'similar-nearby': 4,
      'recent-tips': 15, // 10 today + 5 at one half-life
      'registry-mismatch': 8,
      season: 10,
    });
    expect(score).toBe(65.2);
    expect(level).toBe('very-high');
    expect(factors[0]?.code).toBe('recent-tips'); // largest first
  });

  it('lets time and inspection exposure wear findings down: a tip halves in 90 days', () => {
    const fresh = riskFactors({ ...quiet, tipAgesDays: [0] }).find((f) => f.code === 'recent-tips');
    const old = riskFactors({ ...quiet, tipAgesDays: [180] }).find((f) => f.code === 'recent-tips');
    expect(fresh?.points).toBe(10);
    expect(old?.points).toBe(2.5);
    const found = (inspections: number) =>
      riskFactors({ ...quiet, violationAgesDays: [0], inspectionsLastYear: inspections }).find(
        (f) => f.code === 'past-violations',
      )?.points;
    // The same finding counts less where the place was inspected often (feedback-loop guard).
    expect(found(0)).toBe(12);
    expect(found(3)).toBe(3);
  });

  it('caps tips, neighbours and seasons, and the score at 100', () => {
    const many = riskFactors({
      ...quiet,
      tipAgesDays: Array(20).fill(0),
      similarNearby: 30,
      seasonIntensity: 9,
    });
    const points = Object.fromEntries(many.map((f) => [f.code, f.points]));
    expect(points['recent-tips']).toBe(defaultWeights.tipsMax);
    expect(points['similar-nearby']).toBe(defaultWeights.similarNearbyMax);
    expect(points.season).toBe(defaultWeights.seasonMax);
    const all = riskScore({
      type: 'massage',
      distanceToBorderArea: 0,
      distanceToTrafficRoute: 0,
      distanceToTouristArea: 0,
      distanceToWorkerHousing: 0,
      similarNearby: 30,
      tipAgesDays: Array(20).fill(0),
      violationAgesDays: Array(10).fill(0),
      inspectionsLastYear: 0,
      registryMismatch: true,
      seasonIntensity: 3,
    });
    expect(all.score).toBe(100);
    expect(all.level).toBe('very-high');
  });

  it('names the levels by documented thresholds', () => {
    expect([0, 24.9, 25, 44.9, 45, 64.9, 65, 100].map(riskLevel)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'very-high',
      'very-high',
    ]);
  });
});
