import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectErrorShape, login, staffApps, testApp } from '../helpers/test-app';

const { leadership, culture } = staffApps();
const anonymous = testApp({ as: null });
const { sql } = leadership;

type Cell = Feature<Polygon> & {
  properties: {
    cell: string;
    riskScore: number;
    riskLevel: string;
    businesses: number;
    top: { id: number; name: string; villageName: string; riskScore: number } | null;
    factors: { factor: string; contribution: number; explanation: string; lower: string | null }[];
  };
};
type Grid = { on: string; cellMeters: number; seasons: string[]; features: Cell[] };

const grid = async (query: string) => {
  const response = await leadership.request(`/api/risk/grid?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Grid;
};

describe('GET /api/risk/grid', () => {
  it('covers the commune with hexagons that touch it, every open business in one of them', async () => {
    const body = await grid('on=2026-11-29&cellMeters=400');
    expect(body.cellMeters).toBe(400);
    const [check] = await sql<[{ covered: boolean; touching: boolean }]>`
      with cells as (select ST_GeomFromGeoJSON(${JSON.stringify({
        type: 'MultiPolygon',
        coordinates: body.features.map((f) => f.geometry.coordinates),
      })}) as g)
      select ST_Covers(ST_Buffer(ST_UnaryUnion(cells.g), 1e-6), c.geom) as covered,
             (select bool_and(ST_Intersects(d.geom, c.geom)) from ST_Dump(cells.g) d) as touching
        from cells, communes c where c.commune_code = '11284'`;
    expect(check).toEqual({ covered: true, touching: true });
    const [open] = await sql<[{ n: number }]>`
      select count(*)::int as n from businesses where deleted_at is null and status <> 'closed'`;
    expect(body.features.reduce((s, f) => s + f.properties.businesses, 0)).toBe(open.n);
    expect(new Set(body.features.map((f) => f.id)).size).toBe(body.features.length);
  });

  it('scores each cell as its riskiest business, whose factors add up to it, in Vietnamese', async () => {
    const body = await grid('on=2026-02-17');
    expect(body.cellMeters).toBe(250);
    expect(body.seasons).toContain('Tết Nguyên Đán');
    let scored = 0;
    for (const f of body.features) {
      const p = f.properties;
      const sum = p.factors.reduce((s, x) => s + x.contribution, 0);
      expect(sum).toBeCloseTo(p.riskScore, 6);
      if (p.businesses === 0) {
        expect(p).toMatchObject({ riskScore: 0, riskLevel: 'low', top: null, factors: [] });
        continue;
      }
      scored++;
      expect(p.riskScore).toBe(p.top?.riskScore);
      expect(p.top?.villageName).toMatch(/\p{L}/u);
      for (const x of p.factors) expect(x.explanation).toMatch(/\p{L}{2,}/u);
    }
    expect(scored).toBeGreaterThan(20);
    expect(new Set(body.features.map((f) => f.properties.riskLevel)).size).toBeGreaterThan(2);
  });

  it('refuses bad days and cell sizes with the error shape, and other roles with 403', async () => {
    for (const q of [
      'cellMeters=99',
      'cellMeters=2001',
      'cellMeters=250.5',
      'cellMeters=abc',
      'on=2019-12-31',
      'on=2026-02-30',
      'on=yesterday',
    ]) {
      await expectErrorShape(await leadership.request(`/api/risk/grid?${q}`), 400);
    }
    await expectErrorShape(await culture.request('/api/risk/grid'), 403);
    const [{ slug }] = await sql<[{ slug: string }]>`select slug from villages order by id limit 1`;
    const cookie = await login(leadership.app, `thon-${slug}`);
    await expectErrorShape(
      await leadership.app.request('/api/risk/grid', { headers: { cookie } }),
      403,
    );
    await expectErrorShape(await anonymous.request('/api/risk/grid'), 401);
  });
});
