import { communeGridOrigin } from '@ntm/db/queries/commune-grid';
import { HexGrid } from '@ntm/domain/geo/hex';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { communeCode, expectErrorShape, login, staffApps, testApp } from '../helpers/test-app';

const { leadership, police, culture } = staffApps();
const onADay = testApp({ as: 'congan', now: () => new Date('2026-11-29T18:00:00Z') });
const { sql } = leadership;

type Cell = Feature<Polygon> & {
  properties: { cell: string; count: number; z: number; p: number; class: string };
};
type HotSpots = {
  layer: string;
  from: string;
  to: string;
  cellMeters: number;
  neighbourMeters: number;
  fdr: boolean;
  cells: number;
  events: number;
  features: Cell[];
};

const classes = ['hot-99', 'hot-95', 'hot-90', 'not-significant', 'cold-90', 'cold-95', 'cold-99'];
const span = 'from=2025-01-01&to=2026-11-29';

const hotSpots = async (app: ReturnType<typeof testApp>, query: string) => {
  const response = await app.request(`/api/hotspots?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as HotSpots;
};

describe('GET /api/hotspots', () => {
  it('counts independent tips per cell over every cell of the commune, and finds hot spots', async () => {
    const body = await hotSpots(police, `layer=tips&${span}`);
    expect(body).toMatchObject({ layer: 'tips', cellMeters: 250, fdr: true });
    expect(body.neighbourMeters).toBeCloseTo(252.5, 10);
    expect(body.features.length).toBe(body.cells);
    const grid = (await (await leadership.request('/api/risk/grid?cellMeters=250')).json()) as {
      features: { id: string }[];
    };
    expect(body.features.map((f) => f.id)).toEqual(grid.features.map((f) => f.id));
    expect(body.features.some((f) => f.properties.count === 0)).toBe(true);

    // The same tips counted a second way: selected here, put in cells by the TypeScript grid.
    const origin = await communeGridOrigin(sql, communeCode);
    const hex = new HexGrid(origin as [number, number], 250);
    const points = await sql<{ lng: number; lat: number }[]>`
      select ST_X(coalesce(t.geom, b.geom)) as lng, ST_Y(coalesce(t.geom, b.geom)) as lat
        from tips t left join businesses b on b.id = t.business_id
       where t.duplicate_of is null and t.status <> 'unfounded' and coalesce(t.geom, b.geom) is not null
         and t.received_at >= '2025-01-01T00:00:00+07' and t.received_at < '2026-11-30T00:00:00+07'`;
    const want = new Map<string, number>();
    for (const p of points) {
      const c = hex.cellOf([p.lng, p.lat]);
      want.set(`${c.q}:${c.r}`, (want.get(`${c.q}:${c.r}`) ?? 0) + 1);
    }
    for (const f of body.features)
      expect(f.properties.count).toBe(want.get(f.properties.cell) ?? 0);
    expect(body.events).toBe(body.features.reduce((s, f) => s + f.properties.count, 0));
    expect(body.events).toBeGreaterThan(100);

    for (const f of body.features) {
      expect(classes).toContain(f.properties.class);
      expect(Number.isFinite(f.properties.z)).toBe(true);
      expect(f.properties.p).toBeGreaterThanOrEqual(0);
      expect(f.properties.p).toBeLessThanOrEqual(1);
    }
    expect(
      body.features.filter((f) => f.properties.class.startsWith('hot')).length,
    ).toBeGreaterThan(0);
  });

  it('gives leadership the same counts as police although tip rows are police-only', async () => {
    const a = await hotSpots(leadership, `layer=violations&${span}`);
    const b = await hotSpots(police, `layer=violations&${span}`);
    expect(a.events).toBeGreaterThan(0);
    expect(a).toEqual(b);
    // Tips above the floor (hotspots-floor.test.ts): cells of 3 tips or more are police's counts.
    const tips = await hotSpots(leadership, `layer=tips&${span}&cellMeters=500`);
    const policeTips = await hotSpots(police, `layer=tips&${span}&cellMeters=500`);
    expect(tips.events).toBeGreaterThan(0);
    expect(tips.features.map((f) => f.properties.count)).toEqual(
      policeTips.features.map((f) => (f.properties.count < 3 ? 0 : f.properties.count)),
    );
  });

  it('looks back 365 days from today in Vietnam by default', async () => {
    const body = await hotSpots(onADay, 'layer=tips');
    expect(body).toMatchObject({ from: '2025-12-01', to: '2026-11-30', cellMeters: 250 });
    const asked = await hotSpots(onADay, 'layer=tips&from=2025-12-01&to=2026-11-30');
    expect(body.events).toBe(asked.events);
  });

  it('narrows to the days asked and widens the neighbourhood when asked', async () => {
    const all = await hotSpots(leadership, `layer=violations&${span}`);
    const winter = await hotSpots(leadership, 'layer=violations&from=2026-01-01&to=2026-03-31');
    expect(winter.events).toBeLessThan(all.events);
    const wide = await hotSpots(
      leadership,
      `layer=tips&${span}&cellMeters=500&neighbourMeters=900`,
    );
    expect(wide).toMatchObject({ cellMeters: 500, neighbourMeters: 900 });
  });

  it('leaves out every tip id, text and reporter detail', async () => {
    const text = JSON.stringify(await hotSpots(police, `layer=tips&${span}`));
    const tips = await sql<{ id: number; description: string; address: string | null }[]>`
      select id::int, description, address from tips`;
    for (const t of tips) {
      expect(text).not.toContain(t.description);
      if (t.address) expect(text).not.toContain(t.address);
    }
    const reporters = await sql<{ v: string }[]>`
      select distinct v from tip_reporters r, jsonb_each_text(to_jsonb(r) - 'tip_id' - 'commune_code') as e(k, v)
       where length(v) > 3`;
    for (const r of reporters) expect(text).not.toContain(r.v);
    const body = JSON.parse(text) as HotSpots;
    for (const f of body.features) {
      expect(Object.keys(f.properties).sort()).toEqual(['cell', 'class', 'count', 'p', 'z']);
    }
    expect(Object.keys(body).sort()).toEqual([
      'cellMeters',
      'cells',
      'events',
      'fdr',
      'features',
      'from',
      'layer',
      'neighbourMeters',
      'suppressedBelow',
      'to',
      'type',
    ]);
  });

  it('refuses bad layers, days, cell sizes and neighbourhoods with the error shape', async () => {
    for (const q of [
      '',
      'layer=businesses',
      'layer=tips&from=2026-05-01&to=2026-04-30',
      'layer=tips&from=2019-12-31',
      'layer=tips&to=2036-01-01',
      'layer=tips&from=2026-02-30',
      'layer=tips&from=2035-12-31',
      'layer=tips&cellMeters=50',
      'layer=tips&cellMeters=NaN',
      'layer=tips&neighbourMeters=100',
      'layer=tips&neighbourMeters=3000',
      'layer=tips&neighbourMeters=abc',
    ]) {
      await expectErrorShape(await leadership.request(`/api/hotspots?${q}`), 400);
    }
  });

  it('is for leadership and police only', async () => {
    await expectErrorShape(await culture.request('/api/hotspots?layer=tips'), 403);
    const [{ slug }] = await sql<[{ slug: string }]>`select slug from villages order by id limit 1`;
    const cookie = await login(leadership.app, `thon-${slug}`);
    const response = await leadership.app.request('/api/hotspots?layer=tips', {
      headers: { cookie },
    });
    await expectErrorShape(response, 403);
  });
});
