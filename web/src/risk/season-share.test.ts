import { describe, expect, it } from 'vitest';
import type { BusinessRisk, BusinessRiskAnswer } from '../api/risk-client';
import { businessRisk, factor } from './risk-fixtures';
import { seasonShare } from './season-share';

const risk = (id: number, season: number | null) =>
  businessRisk(id, {
    factors: [factor('type', 20), ...(season === null ? [] : [factor('season', season)])],
  });

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
