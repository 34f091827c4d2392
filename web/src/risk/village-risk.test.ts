import { describe, expect, it } from 'vitest';
import type { BusinessRisk, RiskFactor, RiskLevel } from '../api/risk-client';
import { villageFactors, villageRisks } from './village-risk';

function risk(id: number, village: number, riskScore: number, riskLevel: RiskLevel) {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [106.24, 20.72] },
    properties: {
      id,
      name: `Cơ sở ${id}`,
      type: 'karaoke',
      village,
      villageName: '',
      riskScore,
      riskLevel,
      factors: [] as RiskFactor[],
    },
  } satisfies BusinessRisk;
}

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
    a.properties.factors = [
      { factor: 'type', contribution: 40, explanation: '', lower: null },
      { factor: 'season', contribution: 20, explanation: '', lower: null },
    ];
    const b = risk(2, 7, 20, 'low');
    b.properties.factors = [{ factor: 'type', contribution: 20, explanation: '', lower: null }];
    const { factors, top } = villageFactors([a, b, risk(3, 8, 90, 'very-high')], 7);
    expect(factors.map((f) => [f.factor, f.contribution])).toEqual([
      ['type', 30],
      ['season', 10],
    ]);
    expect(top.map((r) => r.id)).toEqual([1, 2]);
  });
});
