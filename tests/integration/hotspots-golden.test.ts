import { readFileSync } from 'node:fs';
import { hexCells, planeXY } from '@ntm/db/queries/hex';
import { cellKey, HexGrid } from '@ntm/domain/geo/hex';
import { hotSpots } from '@ntm/domain/risk/hotspots';
import {
  type HotSpotFixture,
  type ReferenceCell,
  referenceHotSpots,
} from '@ntm/scripts/hotspots/reference-sql';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';

// Gi* against a golden file written by an independent SQL computation
// (scripts/src/hotspots/make-golden.ts): the TypeScript implementation must match it, and so
// must the SQL reference recomputed now, so neither can drift.
const folder = new URL('../fixtures/hotspots/', import.meta.url);
const fixture = JSON.parse(readFileSync(new URL('points.json', folder), 'utf8')) as HotSpotFixture;
const golden = JSON.parse(readFileSync(new URL('golden.json', folder), 'utf8')) as {
  runs: { neighbourMeters: number; cells: ReferenceCell[] }[];
};
const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
afterAll(() => sql.end());

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;

function expectSame(got: ReferenceCell[], want: ReferenceCell[]) {
  expect(got.map((c) => c.cell)).toEqual(want.map((c) => c.cell));
  got.forEach((c, i) => {
    const w = want[i] as ReferenceCell;
    expect(c.count, c.cell).toBe(w.count);
    expect(close(c.z, w.z), `z of ${c.cell}: ${c.z} vs ${w.z}`).toBe(true);
    expect(close(c.p, w.p), `p of ${c.cell}: ${c.p} vs ${w.p}`).toBe(true);
    expect(c.class, c.cell).toBe(w.class);
  });
}

describe('Gi* hot spots against the golden file', () => {
  it('has a fixture worth testing: a clear hot cluster, a cold hole, both neighbourhoods', () => {
    expect(fixture.points.length).toBeGreaterThan(300);
    for (const run of golden.runs) {
      const classes = new Set(run.cells.map((c) => c.class));
      expect(classes).toContain('hot-99');
      expect(classes).toContain('not-significant');
    }
    expect(golden.runs.some((run) => run.cells.some((c) => c.class.startsWith('cold')))).toBe(true);
  });

  it('the TypeScript implementation matches it: z and p to 1e-9, classes exactly', () => {
    const grid = new HexGrid(fixture.origin, fixture.cellMeters);
    const cells = fixture.cells.map(([q, r]) => ({ q, r }));
    const counts = new Map<string, number>();
    for (const p of fixture.points) {
      const key = cellKey(grid.cellOf(p));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const run of golden.runs) {
      const order = new Map(run.cells.map((c, i) => [c.cell, i]));
      const got = hotSpots(grid, cells, counts, run.neighbourMeters).sort(
        (a, b) => (order.get(a.cell) ?? -1) - (order.get(b.cell) ?? -1),
      );
      expectSame(got, run.cells);
    }
  });

  it('the SQL reference recomputed now on PostGIS still gives it', async () => {
    for (const run of golden.runs) {
      expectSame(await referenceHotSpots(sql, fixture, run.neighbourMeters), run.cells);
    }
  });

  it('SQL and TypeScript put the same points in the same cells, on edges and corners too', async () => {
    const grid = new HexGrid([106.33, 20.72], 250);
    const points: [number, number][] = [...fixture.points];
    let seed = 11;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 20_000; i++) {
      points.push([106.33 + (random() - 0.5) * 0.1, 20.72 + (random() - 0.5) * 0.1]);
    }
    for (let q = -4; q <= 4; q++) {
      for (let r = -4; r <= 4; r++) {
        const ring = grid.ring({ q, r });
        for (const [i, corner] of ring.entries()) {
          const next = ring[(i + 1) % 6] as [number, number];
          points.push(corner, [(corner[0] + next[0]) / 2, (corner[1] + next[1]) / 2]);
        }
      }
    }
    const rows = await sql<{ q: number; r: number }[]>`
      select hex.q, hex.r
        from ${hexCells(
          sql,
          sql`select ${planeXY(sql, grid, sql`pt.lng`, sql`pt.lat`)}, pt.i as tag
                from unnest(${points.map((p) => p[0])}::float8[], ${points.map((p) => p[1])}::float8[])
                     with ordinality as pt(lng, lat, i)`,
          grid.size,
        )}
       order by hex.tag`;
    expect(rows.map((c) => cellKey(c))).toEqual(points.map((p) => cellKey(grid.cellOf(p))));
  });
});
