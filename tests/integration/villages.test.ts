import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const { request, sql } = testApp();

async function villages() {
  const response = await request('/api/villages');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/geo+json');
  return (await response.json()) as FeatureCollection<Polygon | MultiPolygon>;
}

describe('GET /api/villages', () => {
  it('is an RFC 7946 FeatureCollection of at least 20 valid polygons', async () => {
    const fc = await villages();
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThanOrEqual(20);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      expect(typeof f.properties?.name).toBe('string');
    }
    const geometries = fc.features.map((f) => JSON.stringify(f.geometry));
    const [check] = await sql<[{ valid: boolean; ccw: boolean }]>`
      select bool_and(ST_IsValid(g)) as valid, bool_and(ST_IsPolygonCCW(g)) as ccw
      from unnest(${geometries}::text[]) as t(j), ST_GeomFromGeoJSON(j) as g`;
    expect(check.valid).toBe(true);
    expect(check.ccw).toBe(true); // RFC 7946 §3.1.6: exterior rings counterclockwise
  });

  it('keeps at most 7 decimals in coordinates', async () => {
    const text = await (await request('/api/villages')).text();
    expect(text).not.toMatch(/\d\.\d{8,}/);
  });

  it('includes Phù Tải and Đan Giáp', async () => {
    const names = (await villages()).features.map((f) => f.properties?.name);
    expect(names).toContain('Phù Tải');
    expect(names).toContain('Đan Giáp');
  });

  it('tiles the commune: union within 0.1% of its area, overlaps under 1 m²', async () => {
    const geometries = (await villages()).features.map((f) => JSON.stringify(f.geometry));
    const [m] = await sql<
      [{ communeM2: number; unionM2: number; symDiffM2: number; overlapM2: number }]
    >`
      with v as (
        select row_number() over () as i, ST_SetSRID(ST_GeomFromGeoJSON(j), 4326) as g
        from unnest(${geometries}::text[]) as t(j)
      ), c as (select geom from communes where commune_code = '11284')
      select
        (select ST_Area(geom::geography) from c) as "communeM2",
        (select ST_Area(ST_Union(g)::geography) from v) as "unionM2",
        (select ST_Area(ST_SymDifference(ST_Union(v.g), c.geom)::geography) from v, c group by c.geom) as "symDiffM2",
        (select coalesce(sum(ST_Area(ST_Intersection(a.g, b.g)::geography)), 0)
           from v a join v b on a.i < b.i and ST_Intersects(a.g, b.g)) as "overlapM2"`;
    expect(m.symDiffM2 / m.communeM2).toBeLessThan(0.001);
    expect(m.overlapM2).toBeLessThan(1);
    expect(m.unionM2 / 1e6).toBeGreaterThan(22);
    expect(m.unionM2 / 1e6).toBeLessThan(26);
  });

  it('places the commune around lng 106.2409, lat 20.7235 with 22–26 km²', async () => {
    const response = await request('/api/commune');
    const commune = (await response.json()) as { properties: { areaKm2: number; bbox: number[] } };
    expect(commune.properties.areaKm2).toBeGreaterThan(22);
    expect(commune.properties.areaKm2).toBeLessThan(26);
    const [rows] = await sql<[{ distanceM: number; covers: boolean }]>`
      select ST_Distance(ST_Centroid(geom)::geography, ST_MakePoint(106.2409, 20.7235)::geography) as "distanceM",
             ST_Covers(geom, ST_SetSRID(ST_MakePoint(106.2409, 20.7235), 4326)) as covers
      from communes where commune_code = '11284'`;
    expect(rows.covers).toBe(true);
    expect(rows.distanceM).toBeLessThan(1000);
  });
});
