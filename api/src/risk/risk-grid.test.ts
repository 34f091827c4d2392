import { describe, expect, it } from 'vitest';
import { HexGrid } from '../geo/hex';
import { apportion, combineScores, type GridBusiness, riskGrid, scoreCell } from './risk-grid';

const business = (over: Partial<GridBusiness>): GridBusiness => ({
  id: 1,
  name: 'Karaoke A',
  type: 'karaoke',
  lngLat: [106.33, 20.72],
  riskScore: 50,
  factors: [
    { factor: 'type', contribution: 12, explanation: '…', lower: null },
    { factor: 'recent-tips', contribution: 38, explanation: '…', lower: 'Xác minh tin báo.' },
  ],
  tips: 3,
  violations: 0,
  ...over,
});

describe('cell scores', () => {
  it('combines as the chance that at least one business is a problem', () => {
    expect(combineScores([70])).toBe(70);
    expect(combineScores([50, 50])).toBe(75);
    expect(combineScores([])).toBe(0);
    expect(combineScores([100, 20])).toBe(100);
  });

  it('shares a score out in tenths that add up exactly, the remainder on the largest', () => {
    const parts = apportion(10, [1, 1, 1]);
    expect(parts.reduce((s, p) => s + p, 0)).toBeCloseTo(10, 10);
    expect(parts).toEqual([3.4, 3.3, 3.3]);
    expect(apportion(0, [0, 0])).toEqual([0, 0]);
  });

  it('explains a cell from its businesses, contributions adding up to the cell score', () => {
    const cell = scoreCell(
      [
        business({}),
        business({
          id: 2,
          name: 'Massage B',
          type: 'massage',
          riskScore: 30,
          factors: [{ factor: 'type', contribution: 30, explanation: '…', lower: null }],
          tips: 0,
        }),
      ],
      [],
    );
    expect(cell.riskScore).toBe(65);
    expect(cell.riskLevel).toBe('very-high');
    expect(cell.businesses).toBe(2);
    expect(cell.top).toEqual({ id: 1, name: 'Karaoke A', riskScore: 50 });
    const sum = cell.factors.reduce((s, f) => s + f.contribution, 0);
    expect(sum).toBeCloseTo(65, 10);
    // type: 12 + 30 = 42 points of 80; recent tips 38 of 80.
    expect(cell.factors.map((f) => [f.factor, f.contribution])).toEqual([
      ['type', 34.1],
      ['recent-tips', 30.9],
    ]);
    expect(cell.factors[0]?.explanation).toBe(
      '2 cơ sở thuộc loại hình dễ bị lợi dụng: 1 karaoke, 1 xoa bóp (massage)',
    );
    expect(cell.factors[1]?.explanation).toBe('3 tin báo độc lập gần đây về 1 cơ sở');
    expect(cell.factors[1]?.lower).toBe('Xác minh tin báo.');
  });

  it('gives an empty cell 0, low, no factors and no top business', () => {
    expect(scoreCell([], [])).toEqual({
      riskScore: 0,
      riskLevel: 'low',
      businesses: 0,
      top: null,
      factors: [],
    });
  });

  it('puts each business in the cell that holds it and answers every cell', () => {
    const grid = new HexGrid([106.33, 20.72], 250);
    const cells = [
      { q: 0, r: 0 },
      { q: 1, r: 0 },
    ];
    const features = riskGrid(grid, cells, [business({ lngLat: grid.centre({ q: 1, r: 0 }) })], []);
    expect(features.map((f) => [f.id, f.properties.businesses])).toEqual([
      ['0:0', 0],
      ['1:0', 1],
    ]);
    expect(features[1]?.geometry.coordinates[0]).toHaveLength(7);
  });
});
