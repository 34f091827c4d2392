import { describe, expect, it } from 'vitest';
import type { BusinessRisk, RiskGrid, RiskLevel } from '../../api/risk-client';
import { compareStats } from './compare-stats';

const business = (riskScore: number, riskLevel: RiskLevel) =>
  ({ properties: { riskScore, riskLevel } }) as BusinessRisk;
const grid = (levels: RiskLevel[]) =>
  ({ features: levels.map((riskLevel) => ({ properties: { riskLevel } })) }) as RiskGrid;

describe('compareStats', () => {
  it('counts premises and cells at high or above and averages the scores', () => {
    const stats = compareStats(
      [business(70, 'very-high'), business(50, 'high'), business(12, 'low')],
      grid(['low', 'high', 'very-high', 'medium']),
    );
    expect(stats).toEqual({ highOrAbove: 2, meanScore: 44, hotCells: 2 });
  });

  it('has no mean without businesses', () => {
    expect(compareStats([], null)).toEqual({ highOrAbove: 0, meanScore: null, hotCells: null });
  });
});
