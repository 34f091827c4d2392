import type postgres from 'postgres';
import type { Sql } from '../client';

// The hexagonal cell of a point, computed in SQL with the same arithmetic as HexGrid.cellOf
// (domain/src/geo/hex.ts): local plane in metres, axial coordinates, cube rounding. Rounding is
// floor(v + 0.5), as JavaScript's Math.round, so both sides agree on every point (a test
// checks it). No grid is generated: counting a million points is one GROUP BY over (q, r).

/** What SQL needs of a grid; HexGrid has these fields. */
export type HexPlane = {
  origin: readonly [number, number];
  metersPerDegreeLng: number;
  metersPerDegreeLat: number;
  /** Circumradius in metres. */
  size: number;
};

type Fragment = postgres.Fragment;

/**
 * A FROM item `(…) as <alias>(q, r, tag)`: the cell of every row of `points`, a query whose
 * columns are `px`, `py` (a point on the plane, metres) and `tag` (carried through as is).
 */
export function hexCells(sql: Sql, points: Fragment, size: number, alias = 'hex') {
  // A chain of subqueries over the rows, not a lateral join per row; each `offset 0` keeps the
  // planner from folding a step into the next, which would copy its expression (and ST_X of a
  // geometry) into every use. Both make a million rows 1.5–2 times slower.
  return sql`(
    select (case when dq > dr and dq > ds then -rr - rs else rq end)::int as q,
           (case when dq > dr and dq > ds then rr when dr > ds then -rq - rs else rr end)::int as r, tag
      from (select rq, rr, rs, abs(rq - fq) as dq, abs(rr - fr) as dr, abs(rs - fs) as ds, tag
              from (select floor(fq + 0.5) as rq, floor(fr + 0.5) as rr, floor(fs + 0.5) as rs, fq, fr, fs, tag
                      from (select fq, fr, -fq - fr as fs, tag
                              from (select (sqrt(3::float8) / 3 * px - py / 3) / ${size}::float8 as fq,
                                           (2::float8 / 3 * py) / ${size}::float8 as fr, tag
                                      from (select px::float8 as px, py::float8 as py, tag from (${points}) pts offset 0) p0
                                   ) p1 offset 0) p2 offset 0) p3) p4
  ) as ${sql(alias)}`;
}

/** `px, py` on the grid's plane, in metres, of a longitude and a latitude fragment. */
export const planeXY = (sql: Sql, grid: HexPlane, lng: Fragment, lat: Fragment) =>
  sql`((${lng}) - ${grid.origin[0]}::float8) * ${grid.metersPerDegreeLng}::float8 as px,
      ((${lat}) - ${grid.origin[1]}::float8) * ${grid.metersPerDegreeLat}::float8 as py`;

/** Of the candidate cells (their outlines as closed rings), the ones touching the commune. */
export async function cellsTouchingCommune(
  sql: Sql,
  communeCode: string,
  rings: readonly (readonly [number, number])[][],
): Promise<number[]> {
  const wkt = rings.map((ring) => `POLYGON((${ring.map(([x, y]) => `${x} ${y}`).join(',')}))`);
  const rows = await sql<{ i: number }[]>`
    select (w.i - 1)::int as i
      from unnest(${wkt}::text[]) with ordinality as w(text, i), communes c
     where c.commune_code = ${communeCode}
       and ST_Intersects(c.geom, ST_GeomFromText(w.text, 4326))
     order by w.i`;
  return rows.map((r) => r.i);
}

/**
 * Events of a hot-spot layer counted per cell in SQL (the same cells as HexGrid.cellOf), from
 * ntm_risk_events (owner's rights, so leadership gets counts although tip rows are police-only;
 * the same events the backtest scores): tips are the independent ones (not a linked duplicate,
 * not unfounded), violations the recorded inspections that found a violation, suspected
 * activity or closed the place; a tip at its own point or else its business's, an inspection at
 * its business; on the Vietnam days [from, to]. Only counts per cell leave the database.
 */
export async function countEventsPerCell(
  sql: Sql,
  grid: HexPlane,
  f: { communeCode: string; layer: 'tips' | 'violations'; from: string; to: string },
) {
  const points = sql`
    select ${planeXY(sql, grid, sql`e.lng`, sql`e.lat`)}, null::int as tag
      from ntm_risk_events(${f.communeCode}, ${f.from}::date, ${f.to}::date) e
     where e.lng is not null and e.lat is not null
       and ${f.layer === 'tips' ? sql`e.kind = 'tip'` : sql`e.kind = 'inspection' and e.found`}`;
  return sql<{ q: number; r: number; count: number }[]>`
    select hex.q, hex.r, count(*)::int as count
      from ${hexCells(sql, points, grid.size)}
     group by hex.q, hex.r`;
}
