// Hex aggregation of 1,000,000 points ÷ a plain ST_SnapToGrid GROUP BY over the same points
// with the same cell size, in one run (issue #6, target ≤ 1.5). Both read the same geometry
// column of local-plane points in metres, so only the cell arithmetic differs: the hexagon is
// computed from the point (db/src/queries/hex.ts, the SQL the hot spots use), never by joining
// a generated grid. The points live in a temporary table of the owner's session and go away
// with it; the app's data is not touched.

import { communeGridOrigin } from '@ntm/db/queries/commune-grid';
import { hexCells } from '@ntm/db/queries/hex';
import { HexGrid } from '@ntm/domain/geo/hex';
import postgres from 'postgres';
import { median, sampleInTurns } from './median';

export type HexBench = { points: number; hexMs: number; snapMs: number; ratio: number };

export async function timeHexAggregation(
  ownerUrl: string,
  o: { communeCode: string; points: number; cellMeters: number; runs: number },
): Promise<HexBench> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const origin = await communeGridOrigin(sql, o.communeCode);
    if (!origin) throw new Error(`commune ${o.communeCode} has no boundary: seed it first`);
    const grid = new HexGrid(origin, o.cellMeters);
    // Uniform over the commune's bounding box, the same points on every run (setseed).
    await sql`select setseed(0.42)`;
    await sql`
      create temporary table bench_points as
      select ST_MakePoint(
               (ST_XMin(c.geom) + random() * (ST_XMax(c.geom) - ST_XMin(c.geom)) - ${origin[0]}::float8)
                 * ${grid.metersPerDegreeLng}::float8,
               (ST_YMin(c.geom) + random() * (ST_YMax(c.geom) - ST_YMin(c.geom)) - ${origin[1]}::float8)
                 * ${grid.metersPerDegreeLat}::float8) as geom
        from communes c, generate_series(1, ${o.points}) g
       where c.commune_code = ${o.communeCode}`;
    await sql`analyze bench_points`;
    const hex = () => sql`
      select hex.q, hex.r, count(*)
        from ${hexCells(sql, sql`select ST_X(geom) as px, ST_Y(geom) as py, null::int as tag from bench_points`, grid.size)}
       group by hex.q, hex.r`;
    const snap = () => sql`
      select ST_SnapToGrid(geom, ${o.cellMeters}::float8) as cell, count(*) from bench_points
       group by 1`;
    const [hexRuns, snapRuns] = (await sampleInTurns([hex, snap], o.runs, 1)) as [
      number[],
      number[],
    ];
    const hexMs = median(hexRuns);
    const snapMs = median(snapRuns);
    return { points: o.points, hexMs, snapMs, ratio: hexMs / snapMs };
  } finally {
    await sql.end();
  }
}
