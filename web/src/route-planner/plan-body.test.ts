import { describe, expect, it } from 'vitest';
import type { BusinessRisk, RiskLevel } from '../api/risk-client';
import {
  inKeyArea,
  matchingPremises,
  narrowsByList,
  newPlanForm,
  type PlanForm,
  planBody,
} from './plan-body';

const premises = (
  id: number,
  type: BusinessRisk['properties']['type'],
  village: number,
  riskScore: number,
  riskLevel: RiskLevel,
  lngLat: [number, number],
): BusinessRisk => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: lngLat },
  properties: {
    id,
    name: `Cơ sở ${id}`,
    type,
    village,
    villageName: `Thôn ${village}`,
    riskScore,
    riskLevel,
    factors: [],
  },
});

const all = [
  premises(1, 'karaoke', 1, 70, 'very-high', [106.24, 20.72]),
  premises(2, 'massage', 1, 50, 'high', [106.25, 20.73]),
  premises(3, 'karaoke', 2, 30, 'medium', [106.3, 20.8]),
  premises(4, 'lodging', 2, 10, 'low', [106.2, 20.7]),
];

const form = newPlanForm('2026-12-05', (n) => `Tổ ${n}`);

describe('premises in a key area', () => {
  const square = (x0: number, y0: number, x1: number, y1: number) => [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  it('keeps those inside the picked areas only, holes and all', () => {
    const ring = {
      id: 1,
      geometry: { type: 'Polygon' as const, coordinates: [square(106.2, 20.7, 106.28, 20.76)] },
    };
    const holed = {
      id: 2,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [square(106.2, 20.7, 106.28, 20.76), square(106.24, 20.72, 106.26, 20.74)],
      },
    };
    expect(inKeyArea(ring, [106.25, 20.73])).toBe(true);
    expect(inKeyArea(ring, [106.3, 20.8])).toBe(false);
    expect(inKeyArea(holed, [106.25, 20.73])).toBe(false);
    expect(inKeyArea(holed, [106.21, 20.71])).toBe(true);
    const multi = {
      id: 3,
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [[square(106.29, 20.79, 106.31, 20.81)]],
      },
    };
    expect(inKeyArea(multi, [106.3, 20.8])).toBe(true);
    const ids = matchingPremises({ ...form, keyAreas: [ring] }, all).map((b) => b.properties.id);
    // Premises 2 (106.25, 20.73) and 4 (106.2, 20.7: on the corner) lie in the square; 3 does not.
    expect(ids).toContain(2);
    expect(ids).not.toContain(3);
    expect(narrowsByList({ ...form, keyAreas: [ring] })).toBe(true);
  });
});

describe('the plan request from the form', () => {
  it('over the whole commune lets the API select by risk with the random share', () => {
    const body = planBody({ ...form, minRiskLevel: 'medium' }, all);
    expect(body.businessIds).toBeUndefined();
    expect(body.selection).toEqual({ minRiskLevel: 'medium', maxStops: 40, randomShare: 0.2 });
    expect(body.teams).toEqual([
      { name: 'Tổ 1', shift: { from: '19:00', to: '23:00' } },
      { name: 'Tổ 2', shift: { from: '19:00', to: '23:00' } },
    ]);
  });

  it('narrowed by type sends the matching premises, riskiest first, at most maxStops', () => {
    const body = planBody({ ...form, types: ['karaoke', 'massage'], maxStops: 2 }, all);
    expect(body.businessIds).toEqual([1, 2]);
    expect(body.selection).toBeUndefined();
  });

  it('narrows by village, minimum level and drawn area together', () => {
    expect(matchingPremises({ ...form, villages: [2] }, all).map((b) => b.id)).toEqual([3, 4]);
    expect(
      matchingPremises({ ...form, villages: [2], minRiskLevel: 'medium' }, all).map((b) => b.id),
    ).toEqual([3]);
    const area: PlanForm['area'] = [
      [106.23, 20.71],
      [106.26, 20.71],
      [106.26, 20.74],
      [106.23, 20.74],
      [106.23, 20.71],
    ];
    expect(matchingPremises({ ...form, area }, all).map((b) => b.id)).toEqual([1, 2]);
  });

  it('marks an overnight shift', () => {
    const teams = [{ name: ' Tổ đêm ', from: '22:00', to: '02:00', overnight: true }];
    expect(planBody({ ...form, teams }, all).teams).toEqual([
      { name: 'Tổ đêm', shift: { from: '22:00', to: '02:00', overnight: true } },
    ]);
  });
});
