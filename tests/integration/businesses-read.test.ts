import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectErrorShape, testApp } from '../helpers/test-app';

const { request, sql } = testApp();

type BusinessCollection = FeatureCollection<
  Point,
  { id: number; village: number; villageName: string; type: string; status: string }
>;

async function list(query = '') {
  const response = await request(`/api/businesses${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as BusinessCollection;
}

describe('GET /api/businesses', () => {
  it('returns the 150–300 demo businesses as Points with their derived village', async () => {
    const fc = await list();
    expect(fc.features.length).toBeGreaterThanOrEqual(150);
    expect(fc.features.length).toBeLessThanOrEqual(300);
    for (const f of fc.features) expect(f.geometry.type).toBe('Point');
  });

  it('puts every business inside exactly one village, the one its village property names', async () => {
    const fc = await list();
    const points = fc.features.map((f) => JSON.stringify(f.geometry));
    const ids = fc.features.map((f) => f.properties.village);
    const rows = await sql<{ hits: number; containing: number | null; claimed: number }[]>`
      select count(v.id)::int as hits, min(v.id) as containing, t.claimed
      from unnest(${points}::text[], ${ids}::int[]) with ordinality as t(j, claimed, n)
      left join villages v on ST_Intersects(v.geom, ST_SetSRID(ST_GeomFromGeoJSON(t.j), 4326))
      group by t.n, t.claimed`;
    expect(rows).toHaveLength(fc.features.length);
    for (const row of rows) {
      expect(row.hits).toBe(1);
      expect(row.containing).toBe(row.claimed);
    }
  });

  it('with bbox returns exactly the businesses inside the box', async () => {
    const bbox = [106.232, 20.715, 106.25, 20.73] as const;
    const fc = await list(`?bbox=${bbox.join(',')}`);
    const expected = await sql<{ id: number }[]>`
      select id::int from businesses
      where deleted_at is null and ST_X(geom) between ${bbox[0]} and ${bbox[2]}
        and ST_Y(geom) between ${bbox[1]} and ${bbox[3]} order by id`;
    expect(expected.length).toBeGreaterThan(0);
    expect(fc.features.map((f) => f.properties.id)).toEqual(expected.map((r) => r.id));
    for (const f of fc.features) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      expect(lng >= bbox[0] && lng <= bbox[2] && lat >= bbox[1] && lat <= bbox[3]).toBe(true);
    }
  });

  it('returns an empty collection for a box with nothing in it', async () => {
    const fc = await list('?bbox=105.0,20.0,105.1,20.1');
    expect(fc).toEqual({
      type: 'FeatureCollection',
      features: [],
      numberMatched: 0,
      numberReturned: 0,
      next: null,
    });
  });

  it('filters by type, status and village', async () => {
    const karaoke = await list('?type=karaoke,massage');
    expect(karaoke.features.length).toBeGreaterThan(0);
    for (const f of karaoke.features) expect(['karaoke', 'massage']).toContain(f.properties.type);
    const active = await list('?status=active');
    for (const f of active.features) expect(f.properties.status).toBe('active');
    const someVillage = (await list()).features[0]?.properties.village as number;
    const inVillage = await list(`?village=${someVillage}`);
    expect(inVillage.features.length).toBeGreaterThan(0);
    for (const f of inVillage.features) expect(f.properties.village).toBe(someVillage);
  });

  it.each([
    ['1,2,3'],
    ['a,b,c,d'],
    ['106.3,20.7,106.2,20.8'],
    ['106.2,20.8,106.3,20.7'],
    ['106.2,20.7,106.3,'],
    ['200,20,201,21'],
    ['1,2,3,4,5'],
  ])('answers 400 in the error shape for bbox=%s', async (bbox) => {
    const error = await expectErrorShape(await request(`/api/businesses?bbox=${bbox}`), 400);
    expect(error.code).toBe('invalid-request');
  });

  it('answers 400 for an unknown type, status or a non-numeric village', async () => {
    await expectErrorShape(await request('/api/businesses?type=casino'), 400);
    await expectErrorShape(await request('/api/businesses?status=open'), 400);
    await expectErrorShape(await request('/api/businesses?village=abc'), 400);
  });

  it('answers 404 for an unknown id and 400 for an id that is not one', async () => {
    await expectErrorShape(await request('/api/businesses/999999999'), 404);
    await expectErrorShape(await request('/api/businesses/abc'), 400);
    await expectErrorShape(await request('/api/businesses/-1'), 400);
    await expectErrorShape(await request('/api/businesses/1e400'), 400);
  });

  it('returns one business as a Feature with its popup fields', async () => {
    const first = (await list()).features[0];
    const response = await request(`/api/businesses/${first?.properties.id}`);
    expect(response.status).toBe(200);
    const feature = (await response.json()) as {
      type: string;
      properties: Record<string, unknown>;
    };
    expect(feature.type).toBe('Feature');
    for (const key of [
      'name',
      'type',
      'address',
      'openingHours',
      'status',
      'village',
      'villageName',
    ]) {
      expect(feature.properties).toHaveProperty(key);
    }
  });
});

describe('GET /api/key-areas', () => {
  it('returns every kind and filters by kind', async () => {
    const all = (await (await request('/api/key-areas')).json()) as FeatureCollection;
    const kinds = new Set(all.features.map((f) => f.properties?.kind));
    for (const kind of ['border', 'tourist', 'traffic-route', 'worker-housing', 'military']) {
      expect(kinds).toContain(kind);
    }
    const border = (await (
      await request('/api/key-areas?kind=border')
    ).json()) as FeatureCollection;
    expect(border.features.length).toBeGreaterThan(0);
    for (const f of border.features) expect(f.properties?.kind).toBe('border');
    await expectErrorShape(await request('/api/key-areas?kind=casino'), 400);
  });

  it('includes the Chi Lăng Nam stork island as a tourist area', async () => {
    const tourist = (await (
      await request('/api/key-areas?kind=tourist')
    ).json()) as FeatureCollection;
    expect(tourist.features.some((f) => /Đảo Cò/.test(String(f.properties?.name)))).toBe(true);
  });
});

describe('GET /api/health and /api/roads', () => {
  it('reports the database and the PostGIS version', async () => {
    const body = (await (await request('/api/health')).json()) as { postgis: string };
    expect(body).toMatchObject({ status: 'ok', db: 'ok' });
    expect(body.postgis).toMatch(/^3\./);
  });

  it('serves the road network with a national road', async () => {
    const roads = (await (await request('/api/roads')).json()) as FeatureCollection;
    expect(roads.features.some((f) => f.properties?.class === 'national')).toBe(true);
  });

  it('answers unknown API paths with 404 in the error shape', async () => {
    await expectErrorShape(await request('/api/nothing-here'), 404);
  });
});
