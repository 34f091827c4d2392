// Writes the hot-spot fixture and its golden answers (tests/fixtures/hotspots/):
//   points.json  a hexagonal study area of 217 cells of 250 m around (106.33, 20.72), with a
//                uniform background of points, a dense cluster (hot) and an empty hole (cold),
//                generated deterministically (seeded PRNG), so rerunning gives the same file;
//   golden.json  Gi* z, p and FDR classes per cell computed by the SQL reference
//                (reference-sql.ts), for the default neighbourhood and a wider one.
// Rerun after a deliberate change (needs any PostGIS; only temporary values are used):
//   source <env with DATABASE_URL> && pnpm exec tsx scripts/src/hotspots/make-golden.ts
// tests/integration/hotspots-golden.test.ts compares the TypeScript implementation and the
// live SQL reference with golden.json.
import { writeFileSync } from 'node:fs';
import { repoRoot } from '@ntm/db/local/paths';
import { HexGrid } from '@ntm/domain/geo/hex';
import { Random } from '@ntm/solver/random';
import postgres from 'postgres';
import { type HotSpotFixture, referenceHotSpots } from './reference-sql';

const goldenNeighbourMeters = [252.5, 450];
const folder = `${repoRoot}tests/fixtures/hotspots/`;

function makeFixture(): HotSpotFixture {
  const origin: [number, number] = [106.33, 20.72];
  const grid = new HexGrid(origin, 250);
  const radius = 8;
  const cells: [number, number][] = [];
  for (let r = -radius; r <= radius; r++) {
    for (let q = Math.max(-radius, -r - radius); q <= Math.min(radius, -r + radius); q++) {
      cells.push([q, r]);
    }
  }
  const inArea = new Set(cells.map(([q, r]) => `${q}:${r}`));
  const stream = new Random(2026);
  const random = () => stream.next();
  const points: [number, number][] = [];
  const keep = (x: number, y: number) => {
    const [lng, lat] = grid.toLngLat([x, y]);
    const point: [number, number] = [Math.round(lng * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
    const c = grid.cellOf(point);
    if (inArea.has(`${c.q}:${c.r}`)) points.push(point);
  };
  for (let i = 0; i < 900; i++) {
    const x = (random() * 2 - 1) * 2100;
    const y = (random() * 2 - 1) * 2100;
    if (Math.hypot(x + 1000, y - 600) > 550) keep(x, y); // the hole
  }
  for (let i = 0; i < 160; i++) {
    // Box–Muller around the cluster's centre, σ = 180 m.
    const rho = 180 * Math.sqrt(-2 * Math.log(1 - random()));
    const theta = 2 * Math.PI * random();
    keep(700 + rho * Math.cos(theta), -400 + rho * Math.sin(theta));
  }
  return { origin, cellMeters: 250, cells, points };
}

if (process.argv[1]?.endsWith('make-golden.ts')) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const fixture = makeFixture();
    const runs = [];
    for (const neighbourMeters of goldenNeighbourMeters) {
      runs.push({ neighbourMeters, cells: await referenceHotSpots(sql, fixture, neighbourMeters) });
    }
    writeFileSync(`${folder}points.json`, `${JSON.stringify(fixture)}\n`);
    writeFileSync(
      `${folder}golden.json`,
      `${JSON.stringify({ computedBy: 'scripts/src/hotspots/reference-sql.ts', runs }, null, 1)}\n`,
    );
    for (const run of runs) {
      const tally = new Map<string, number>();
      for (const c of run.cells) tally.set(c.class, (tally.get(c.class) ?? 0) + 1);
      console.log(
        `neighbourMeters ${run.neighbourMeters}: ${JSON.stringify(Object.fromEntries(tally))}`,
      );
    }
    console.log(`${fixture.points.length} points, ${fixture.cells.length} cells → ${folder}`);
  } finally {
    await sql.end();
  }
}
