import { describe, expect, it } from 'vitest';
import type { RiskLevel } from '../api/risk-client';
import { businessRisk, factor } from './risk-fixtures';
import { villageFactors, villageRisks } from './village-risk';

const risk = (id: number, village: number, riskScore: number, riskLevel: RiskLevel) =>
  businessRisk(id, { village, riskScore, riskLevel });

describe('villageRisks', () => {
  it('averages the scores of each village and counts those at high or above', () => {
    const result = villageRisks([
      risk(1, 7, 70, 'very-high'),
      risk(2, 7, 50, 'high'),
      risk(3, 7, 10, 'low'),
      risk(4, 8, 30, 'medium'),
    ]);
    expect(result.get('7')).toEqual({ meanScore: 43.3, businesses: 3, highOrAbove: 2 });
    expect(result.get('8')).toEqual({ meanScore: 30, businesses: 1, highOrAbove: 0 });
  });
});

describe('villageFactors', () => {
  it('splits the mean score by factor so the parts add up to it', () => {
    const a = risk(1, 7, 60, 'high');
    a.properties.factors = [factor('type', 40), factor('season', 20)];
    const b = risk(2, 7, 20, 'low');
    b.properties.factors = [factor('type', 20)];
    const { factors, top } = villageFactors([a, b, risk(3, 8, 90, 'very-high')], 7);
    expect(factors.map((f) => [f.factor, f.contribution])).toEqual([
      ['type', 30],
      ['season', 10],
    ]);
    expect(top.map((r) => r.id)).toEqual([1, 2]);
  });
});
