import { describe, expect, it } from 'vitest';
import type { BusinessRisk, BusinessRiskAnswer } from '../api/risk-client';
import { seasonShare } from './season-share';

const risk = (id: number, season: number | null): BusinessRisk =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [106.3, 20.7] },
    properties: {
      id,
      name: `Cơ sở ${id}`,
      riskScore: 30,
      riskLevel: 'medium',
      factors: [
        { factor: 'type', contribution: 20, explanation: '', lower: null },
        ...(season === null
          ? []
          : [{ factor: 'season', contribution: season, explanation: '', lower: null }]),
      ],
    },
  }) as unknown as BusinessRisk;

const answer = (seasons: string[], features: BusinessRisk[]): BusinessRiskAnswer => ({
  type: 'FeatureCollection',
  on: '2026-02-17',
  seasons,
  weights: { version: null, createdAt: null, source: 'default' },
  features,
});

describe('what a season adds to the map', () => {
  it('gives the season’s names and the mean points it adds, to a tenth', () => {
    expect(
      seasonShare(answer(['Tết Nguyên Đán'], [risk(1, 12.5), risk(2, 12.5), risk(3, 12.6)])),
    ).toEqual({ names: ['Tết Nguyên Đán'], points: 12.5 });
  });

  it('says nothing on an ordinary day, before the scores arrive, or when the season adds nothing', () => {
    expect(seasonShare(answer([], [risk(1, null)]))).toBeNull();
    expect(seasonShare(null)).toBeNull();
    expect(seasonShare(answer(['Lễ hội thôn'], [risk(1, null), risk(2, 0)]))).toBeNull();
  });
});
