// Travel along the seeded roads (pgRouting, the baseline's route plans) as the app's own role: the matrix
// behaves like distances on a map, the straight-line fallback says so, and the drawn route is
// the path the matrix timed.
import {
  defaultDepot,
  type LngLat,
  routeLines,
  straightLineDetour,
  travelMatrix,
} from '@ntm/db/queries/road-network';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRolePool, communeCode, testApp } from '../helpers/test-app';

const { sql } = testApp({ as: null });
const appSql = appRolePool(2);
afterAll(() => appSql.end());

let locations: LngLat[] = [];
/** Geodesic distances between the locations, from PostGIS (the same spheroid as the roads). */
let straight: number[][] = [];

beforeAll(async () => {
  const depot = (await defaultDepot(appSql, communeCode)) as LngLat;
  const rows = await sql<{ lng: number; lat: number }[]>`
    select ST_X(geom) as lng, ST_Y(geom) as lat from businesses
     where commune_code = ${communeCode} order by id limit 14`;
  locations = [depot, ...rows.map((r) => [r.lng, r.lat] as LngLat)];
  const pairs = await sql<{ i: number; j: number; m: number }[]>`
    with p as (select i - 1 as i, ST_SetSRID(ST_MakePoint(x, y), 4326)::geography as g
                 from unnest(${locations.map((l) => l[0])}::float8[], ${locations.map((l) => l[1])}::float8[])
                 with ordinality as u(x, y, i))
    select a.i::int as i, b.i::int as j, ST_Distance(a.g, b.g) as m from p a, p b`;
  straight = locations.map(() => new Array<number>(locations.length).fill(0));
  for (const p of pairs) (straight[p.i] as number[])[p.j] = p.m;
});

describe('travel matrix on the seeded roads', () => {
  it('is along the roads, zero on the diagonal and the same both ways', async () => {
    const m = await travelMatrix(appSql, communeCode, locations);
    expect(m.source).toBe('roads');
    expect(m.straightLinePairs).toBe(0);
    const n = locations.length;
    for (let i = 0; i < n; i++) {
      expect(m.durationsSeconds[i]?.[i]).toBe(0);
      expect(m.distancesMeters[i]?.[i]).toBe(0);
      for (let j = 0; j < n; j++) {
        const there = m.durationsSeconds[i]?.[j] as number;
        const back = m.durationsSeconds[j]?.[i] as number;
        expect(Math.abs(there - back)).toBeLessThanOrEqual(1e-6 * Math.max(1, there));
      }
    }
  });

  it('never goes shorter than the straight line, for every pair', async () => {
    const m = await travelMatrix(appSql, communeCode, locations);
    const shorter: string[] = [];
    locations.forEach((_, i) => {
      locations.forEach((_, j) => {
        const road = m.distancesMeters[i]?.[j] as number;
        const line = straight[i]?.[j] as number;
        if (road < line - 1e-6 * line) shorter.push(`${i}→${j}: ${road} < ${line}`);
      });
    });
    expect(shorter).toEqual([]);
    // Roads bend: on average clearly longer than the crow flies, but not absurdly.
    const ratios = locations.flatMap((_, i) =>
      locations.flatMap((_, j) =>
        i === j ? [] : [(m.distancesMeters[i]?.[j] as number) / (straight[i]?.[j] as number)],
      ),
    );
    const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
    expect(mean).toBeGreaterThan(1.05);
    expect(mean).toBeLessThan(3);
  });

  it('falls back to the straight line × detour, labelled, where there are no roads', async () => {
    const m = await travelMatrix(appSql, 'no-such-commune', locations.slice(0, 3));
    expect(m.source).toBe('straight-line');
    const ratio = (m.distancesMeters[0]?.[1] as number) / (straight[0]?.[1] as number);
    expect(ratio).toBeGreaterThan(straightLineDetour * 0.99);
    expect(ratio).toBeLessThan(straightLineDetour * 1.01);
  });

  it('draws each leg along the fastest path, from the first location to the last', async () => {
    const m = await travelMatrix(appSql, communeCode, locations);
    const [line] = await routeLines(
      appSql,
      communeCode,
      [[locations[0] as LngLat, locations[5] as LngLat]],
      'roads',
    );
    expect(line?.[0]).toEqual(locations[0]);
    expect(line?.[line.length - 1]).toEqual(locations[5]);
    const [drawn] = await sql<[{ m: number }]>`
      select ST_Length(ST_GeomFromGeoJSON(${JSON.stringify({ type: 'LineString', coordinates: line })})::geography) as m`;
    // The fastest path: as long as the shortest road distance, or a little longer.
    const ratio = drawn.m / (m.distancesMeters[0]?.[5] as number);
    expect(ratio).toBeGreaterThan(1 - 1e-6);
    expect(ratio).toBeLessThan(1.25);
  });
});
