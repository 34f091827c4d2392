import { describe, expect, it } from 'vitest';
import { gdalTransform } from '../helpers/gdal-read';
import { communeCode, testApp } from '../helpers/test-app';

const { sql } = testApp({ as: null });

type Point = { lng: number; lat: number };

async function pointsOverCommune(): Promise<Point[]> {
  // ST_GeneratePoints with a seed: the same 20 points every run, inside the polygon.
  const rows = await sql<Point[]>`
    select ST_X(p.geom) as lng, ST_Y(p.geom) as lat
    from communes c, ST_Dump(ST_GeneratePoints(c.geom, 20, 7)) p
    where c.commune_code = ${communeCode}`;
  expect(rows).toHaveLength(20);
  return rows;
}

async function postgisTransform(points: Point[], epsg: number) {
  return Promise.all(
    points.map(async (p) => {
      const [row] = await sql<Array<{ x: number; y: number; lng: number; lat: number }>>`
        with projected as (
          select ST_Transform(ST_SetSRID(ST_MakePoint(${p.lng}, ${p.lat}), 4326), ${epsg}::int) as g
        )
        select ST_X(g) as x, ST_Y(g) as y,
               ST_X(ST_Transform(g, 4326)) as lng, ST_Y(ST_Transform(g, 4326)) as lat
        from projected`;
      return row as { x: number; y: number; lng: number; lat: number };
    }),
  );
}

/** Metres between two WGS 84 points, on the sphere: fine at the centimetre scale. */
function metresBetween(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad * Math.cos(a.lat * rad);
  return 6_371_008.8 * Math.hypot(dLat, dLng);
}

describe('VN-2000 coordinates', () => {
  it('PostGIS knows every TM-3 zone, 9205 to 9218', async () => {
    const rows = await sql<Array<{ srid: number }>>`
      select srid from spatial_ref_sys where srid between 9205 and 9218 order by srid`;
    expect(rows.map((r) => r.srid)).toEqual(Array.from({ length: 14 }, (_, i) => 9205 + i));
  });

  for (const epsg of [9209, 9210, 3405, 4756]) {
    it(`EPSG:${epsg} equals gdaltransform within 1 cm at 20 points over the commune`, async () => {
      const points = await pointsOverCommune();
      const ours = await postgisTransform(points, epsg);
      const gdal = gdalTransform(
        points.map((p) => [p.lng, p.lat] as const),
        epsg,
      );
      // Degrees for the geographic system: 1 cm is about 9e-8° here.
      const tolerance = epsg === 4756 ? 9e-8 : 0.01;
      ours.forEach((o, i) => {
        const [x, y] = gdal[i] as [number, number];
        expect(Math.abs(o.x - x)).toBeLessThan(tolerance);
        expect(Math.abs(o.y - y)).toBeLessThan(tolerance);
      });
    });

    it(`WGS 84 → EPSG:${epsg} → WGS 84 comes back within 1 cm`, async () => {
      const points = await pointsOverCommune();
      const ours = await postgisTransform(points, epsg);
      ours.forEach((o, i) => {
        expect(metresBetween(points[i] as Point, o)).toBeLessThan(0.01);
      });
    });
  }

  it('puts the commune where the land office does: X ≈ 2.29 M, Y ≈ 0.55 M in zone 105°45′', async () => {
    const [point] = await pointsOverCommune();
    const [ours] = await postgisTransform([point as Point], 9210);
    // Vietnamese surveyors call northing X and easting Y.
    expect(ours?.y).toBeGreaterThan(2_280_000);
    expect(ours?.y).toBeLessThan(2_300_000);
    expect(ours?.x).toBeGreaterThan(540_000);
    expect(ours?.x).toBeLessThan(560_000);
  });
});
