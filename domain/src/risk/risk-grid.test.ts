import { describe, expect, it } from 'vitest';
import { HexGrid } from '../geo/hex';
import { type GridBusiness, riskGrid, scoreCell } from './risk-grid';

const business = (over: Partial<GridBusiness>): GridBusiness => ({
  id: 1,
  name: 'Karaoke A',
  villageName: 'Bái Hạ',
  lngLat: [106.33, 20.72],
  riskScore: 50,
  factors: [
    { factor: 'type', contribution: 12, explanation: '…', lower: null },
    { factor: 'recent-tips', contribution: 38, explanation: '…', lower: 'Xác minh tin báo.' },
  ],
  ...over,
});

describe('cell scores', () => {
  it('scores a cell as its riskiest business, with that business’s factors', () => {
    const cell = scoreCell([
      business({}),
      business({
        id: 2,
        name: 'Massage B',
        villageName: 'Đông Xá',
        riskScore: 30,
        factors: [{ factor: 'type', contribution: 30, explanation: '…', lower: null }],
      }),
    ]);
    expect(cell.riskScore).toBe(50);
    expect(cell.riskLevel).toBe('high');
    expect(cell.businesses).toBe(2);
    expect(cell.top).toEqual({ id: 1, name: 'Karaoke A', villageName: 'Bái Hạ', riskScore: 50 });
    expect(cell.factors.map((f) => [f.factor, f.contribution])).toEqual([
      ['type', 12],
      ['recent-tips', 38],
    ]);
    expect(cell.factors[1]?.lower).toBe('Xác minh tin báo.');
  });

  it('does not turn many low scores into a high one', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      business({ id: i + 1, riskScore: 25, factors: [] }),
    );
    const cell = scoreCell(many);
    expect(cell.riskScore).toBe(25);
    expect(cell.riskLevel).toBe('medium');
    expect(cell.businesses).toBe(12);
  });

  it('gives an empty cell 0, low, no factors and no top business', () => {
    expect(scoreCell([])).toEqual({
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
    const features = riskGrid(grid, cells, [business({ lngLat: grid.centre({ q: 1, r: 0 }) })]);
    expect(features.map((f) => [f.id, f.properties.businesses])).toEqual([
      ['0:0', 0],
      ['1:0', 1],
    ]);
    expect(features[1]?.geometry.coordinates[0]).toHaveLength(7);
  });
});
