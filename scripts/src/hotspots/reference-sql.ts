// Gi* hot spots computed a second, independent way: in plain SQL on PostGIS, from the raw
// points and the cell list, with its own neighbour join, its own Gi* formula, its own erfc
// (an exact-arithmetic numeric series below x = 3, Laplace's continued fraction above) and
// Benjamini–Hochberg by row_number over p. Only the SQL cell of a point is shared with the
// app (db/src/queries/hex.ts), and a test checks that against the TypeScript cells anyway.
// Used by make-golden.ts to write the golden file and by a test that recomputes it live.
import type { Sql } from '@ntm/db/client';
import { hexCells, planeXY } from '@ntm/db/queries/hex';

export type HotSpotFixture = {
  origin: [number, number];
  cellMeters: number;
  /** The study area: cells as [q, r]. */
  cells: [number, number][];
  points: [number, number][];
};

export type ReferenceCell = { cell: string; count: number; z: number; p: number; class: string };

// π to 40 digits, for the numeric series.
const pi40 = '3.1415926535897932384626433832795028841972';

export async function referenceHotSpots(
  sql: Sql,
  f: HotSpotFixture,
  neighbourMeters: number,
): Promise<ReferenceCell[]> {
  const [plane] = await sql<[{ lng: number }]>`
    select 111320 * cos(radians(${f.origin[1]}::float8)) as lng`;
  const grid = {
    origin: f.origin,
    metersPerDegreeLng: plane.lng,
    metersPerDegreeLat: 110574,
    size: f.cellMeters / Math.sqrt(3),
  };
  return sql<ReferenceCell[]>`
    with recursive
    area as (
      select a.q, a.r, ${grid.size}::float8 * sqrt(3::float8) * (a.q + a.r / 2.0) as x,
             ${grid.size}::float8 * 1.5 * a.r as y
        from unnest(${f.cells.map((c) => c[0])}::int[], ${f.cells.map((c) => c[1])}::int[]) as a(q, r)
    ),
    points as (
      select hex.q, hex.r
        from ${hexCells(
          sql,
          sql`select ${planeXY(sql, grid, sql`pt.lng`, sql`pt.lat`)}, null::int as tag
                from unnest(${f.points.map((p) => p[0])}::float8[], ${f.points.map((p) => p[1])}::float8[]) as pt(lng, lat)`,
          grid.size,
        )}
    ),
    counts as (
      select a.q, a.r, a.x, a.y, (select count(*) from points p where p.q = a.q and p.r = a.r)::float8 as n
        from area a
    ),
    totals as (
      select count(*)::float8 as cells, avg(n) as mean,
             sqrt(greatest(0, sum(n * n) / count(*) - avg(n) ^ 2)) as s
        from counts
    ),
    local as (
      select i.q, i.r, i.n, count(*)::float8 as w, sum(j.n) as total
        from counts i join counts j
          on sqrt((i.x - j.x) ^ 2 + (i.y - j.y) ^ 2) <= ${neighbourMeters}::float8
       group by i.q, i.r, i.n
    ),
    gi as (
      select l.q, l.r, l.n,
             case when t.s * sqrt((t.cells * l.w - l.w ^ 2) / (t.cells - 1)) > 0
                  then (l.total - t.mean * l.w) / (t.s * sqrt((t.cells * l.w - l.w ^ 2) / (t.cells - 1)))
                  else 0 end as z
        from local l, totals t
    ),
    xs as (select q, r, abs(z) / sqrt(2::float8) as x from gi),
    -- erfc(x) = e^(−x²)/√π / (x + (1/2)/(x + 1/(x + (3/2)/…))), evaluated from depth 200 up.
    fraction(q, r, x, k, f) as (
      select q, r, x, 200, x from xs where x >= 3
      union all
      select q, r, x, k - 1, x + (k / 2.0) / f from fraction where k > 0
    ),
    erfc as (
      select q, r, exp(-x * x) / sqrt(pi()) / f as p from fraction where k = 0
      union all
      -- erfc(x) = 1 − 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)), in numeric to 40 decimals.
      select xs.q, xs.r,
             (1 - 2 / sqrt(${pi40}::numeric) * (
               select sum((-1) ^ n * power(xs.x::numeric(60, 40), 2 * n + 1) / (factorial(n) * (2 * n + 1)))
                 from generate_series(0, 90) as n))::float8
        from xs where xs.x < 3
    ),
    ranked as (
      select gi.q, gi.r, gi.n, gi.z, e.p,
             row_number() over (order by e.p) as k, count(*) over () as m
        from gi join erfc e using (q, r)
    ),
    thresholds as (
      select max(p) filter (where p <= k * 0.01 / m) as t99,
             max(p) filter (where p <= k * 0.05 / m) as t95,
             max(p) filter (where p <= k * 0.10 / m) as t90
        from ranked
    )
    select r.q || ':' || r.r as cell, r.n::int as count, r.z, r.p,
           case when r.z = 0 then 'not-significant'
                when r.p <= t.t99 then (case when r.z > 0 then 'hot' else 'cold' end) || '-99'
                when r.p <= t.t95 then (case when r.z > 0 then 'hot' else 'cold' end) || '-95'
                when r.p <= t.t90 then (case when r.z > 0 then 'hot' else 'cold' end) || '-90'
                else 'not-significant' end as class
      from ranked r, thresholds t
     order by r.r, r.q`;
}
