// `pnpm bench`: speed as ratios against a baseline measured in the same run, never absolute
// timings in tests. Uses the app database (run `npm start` once, or `pnpm seed`, first).
//
//   businesses-geojson: GET /api/businesses over real HTTP ÷ the same SQL run directly: the
//                       transaction the endpoint runs (begin, SET LOCAL of the police role for
//                       row-level security, the query, commit), as the same app role
//   risk:               GET /api/risk/businesses and GET /api/risk/grid for the whole commune
//                       over HTTP, medians (issue #6: each under 1 s at demo scale)
//   hex:                hex aggregation of 1,000,000 random points ÷ a plain ST_SnapToGrid
//                       GROUP BY over the same points, same cell size (target ≤ 1.5); see
//                       hex-aggregation.ts. `pnpm bench:hex` runs it alone.
//   import:             a 20,000-row registry XLSX from upload to committed, and the preview
//                       of its first 1,000 rows, beside a plain COPY of the same rows, in a
//                       scratch database (import-bench.ts; issue #14: ≤ 30 s, < 500 MB, ≤ 3 s)
//   export:             GET /api/exports/businesses.gpkg of `--scale` businesses (default
//                       1,000,000) generated into a scratch database ÷ ogr2ogr reading the same
//                       rows straight from PostgreSQL into a GeoPackage; and the exporting
//                       process's peak RSS, which stays flat when it streams (export-gpkg.ts)
//   ogc:                an OGC API – Features page of 1,000 businesses over HTTP ÷ the same
//                       SQL in its transaction as police, over `--ogc-scale` premises
//                       (default 20,000) in a scratch database (ogc-items.ts; target ≤ 1.3)
//   tiles:              a businesses vector tile over HTTP ÷ the same ST_AsMVT query in its
//                       transaction as police, at z14 and z16, over `--tile-scale` premises
//                       (default 1,000,000) in a scratch database (tiles.ts; targets ≥ 0.80
//                       at z14, ≥ 0.60 at z16)
//   --only=NAME:        run one of businesses-geojson, risk, hex, export, import, ogc, tiles
//   --scale N:          also time generating and loading N businesses and N tips (target for
//                       1,000,000: under 5 minutes) into a scratch database
import { Agent, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@ntm/api/app';
import { parseEnv } from '@ntm/api/env';
import { connect } from '@ntm/db/client';
import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import { type Actor, asActor } from '@ntm/db/queries/actor';
import { countBusinesses, findBusinessesGeoJson } from '@ntm/db/queries/businesses';
import { timeGpkgExport } from './export-gpkg';
import { timeHexAggregation } from './hex-aggregation';
import { timeImport } from './import-bench';
import { median, sampleInTurns } from './median';
import { timeOgcItems } from './ogc-items';
import { timeScaleLoad } from './scale-load';
import { timeTiles } from './tiles';

const option = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(option('runs') ?? 300);
const scale = option('scale');
const only = option('only');
const selected = (name: string) => !only || only === name;
const benches = ['businesses-geojson', 'risk', 'hex', 'export', 'import', 'ogc', 'tiles'];
if (only && !benches.includes(only)) {
  throw new Error(`--only=${only}: expected one of ${benches.join(', ')}`);
}
const env = parseEnv();
const { sql } = connect(env.APP_DATABASE_URL, { communeCode: env.COMMUNE_CODE });
const app = createApp({ sql, env });
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;

// Signed in as the police account, which sees every field (the largest answer).
const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'congan', password: process.env.DEMO_PASSWORD || 'demo-2026' }),
});
if (!login.ok) throw new Error(`login as congan failed (${login.status}): is the demo loaded?`);
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
const { user } = (await login.json()) as { user: { id: number } };
const police: Actor = { userId: user.id, role: 'police', villageId: null };
const businesses = await asActor(sql, police, (tx) => countBusinesses(tx, env.COMMUNE_CODE));
// A lean keep-alive client, as a browser or GIS client keeps its connection open.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const getBody = (path: string) =>
  new Promise<number>((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent, headers: { cookie } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () => resolve(bytes));
    }).on('error', reject);
  });
if (selected('businesses-geojson')) {
  const [direct, http] = (await sampleInTurns(
    [
      () =>
        asActor(sql, police, (tx) =>
          findBusinessesGeoJson(tx, { communeCode: env.COMMUNE_CODE, withOwner: true }),
        ),
      () => getBody('/api/businesses'),
    ],
    runs,
  )) as [number[], number[]];
  const sqlMs = median(direct);
  const httpMs = median(http);
  console.log(`businesses in the commune: ${businesses}; ${runs} runs each, medians`);
  console.log(`  SQL (its transaction as police, same driver): ${sqlMs.toFixed(2)} ms`);
  console.log(`  GET /api/businesses over HTTP:            ${httpMs.toFixed(2)} ms`);
  console.log(`  ratio HTTP ÷ SQL: ${(httpMs / sqlMs).toFixed(2)} (target ≤ 1.5)`);
}

if (selected('risk')) {
  const riskRuns = Math.min(runs, 30);
  const [scores, grid, fine] = (await sampleInTurns(
    [
      () => getBody('/api/risk/businesses'),
      () => getBody('/api/risk/grid?cellMeters=250'),
      () => getBody('/api/risk/grid?cellMeters=100'),
    ],
    riskRuns,
    3,
  )) as [number[], number[], number[]];
  console.log(
    `risk over HTTP, whole commune (${businesses} businesses); ${riskRuns} runs, medians`,
  );
  console.log(
    `  GET /api/risk/businesses:            ${median(scores).toFixed(1)} ms (target < 1000)`,
  );
  console.log(
    `  GET /api/risk/grid?cellMeters=250:   ${median(grid).toFixed(1)} ms (target < 1000)`,
  );
  console.log(`  GET /api/risk/grid?cellMeters=100:   ${median(fine).toFixed(1)} ms`);
}

agent.destroy();
server.close();
await sql.end();

if (selected('hex')) {
  const ownerUrl = readDatabaseUrls()?.owner as string;
  const hexRuns = Number(option('hex-runs') ?? 7);
  const r = await timeHexAggregation(ownerUrl, {
    communeCode: env.COMMUNE_CODE,
    points: 1_000_000,
    cellMeters: 250,
    runs: hexRuns,
  });
  console.log(
    `hex aggregation of ${r.points.toLocaleString('en')} points, 250 m cells; ${hexRuns} alternating runs, medians`,
  );
  console.log(`  GROUP BY ST_SnapToGrid (squares):    ${r.snapMs.toFixed(1)} ms`);
  console.log(`  GROUP BY hexagon (q, r), computed:   ${r.hexMs.toFixed(1)} ms`);
  console.log(`  ratio hex ÷ snap: ${r.ratio.toFixed(2)} (target ≤ 1.5)`);
}

if (selected('import')) {
  const owner = readDatabaseUrls()?.owner as string;
  const r = await timeImport({ owner, app: env.APP_DATABASE_URL }, env.COMMUNE_CODE);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `import of a registry XLSX, ${r.rows.toLocaleString('en')} premises inside the commune`,
  );
  console.log(
    `  preview of the first 1,000 rows:   ${s(r.previewMs)} (target ≤ 3 s); COPY of them ${s(r.copyFirstMs)}, ratio ${(r.previewMs / r.copyFirstMs).toFixed(1)}`,
  );
  console.log(
    `  upload to preview, all rows:       ${s(r.uploadedMs)}; counts ${JSON.stringify(r.counts)}`,
  );
  console.log(
    `  upload to committed:               ${s(r.totalMs)} (target ≤ 30 s); COPY of them ${s(r.copyAllMs)}, ratio ${(r.totalMs / r.copyAllMs).toFixed(1)}`,
  );
  console.log(`  premises in the registry after:    ${r.stored.toLocaleString('en')}`);
  console.log(
    `  the server's peak RSS (VmHWM):     ${r.serverPeakRssMb.toFixed(0)} MB (target < 500 MB; ${r.serverRssAtStartMb.toFixed(0)} MB once started)`,
  );
}

/** What a benchmark over a scratch database of `--NAME-scale` premises needs (scratch-app.ts). */
const scratchBench = (scaleOption: string, defaultScale: number) => ({
  urls: { owner: readDatabaseUrls()?.owner as string, app: env.APP_DATABASE_URL },
  options: {
    communeCode: env.COMMUNE_CODE,
    scale: Number(option(scaleOption) ?? defaultScale),
    runs: Math.min(runs, 100),
    password: process.env.DEMO_PASSWORD || 'demo-2026',
  },
});

if (selected('ogc')) {
  const { urls, options } = scratchBench('ogc-scale', 20_000);
  const ogcRuns = options.runs;
  const r = await timeOgcItems(urls, options);
  console.log(
    `OGC API items, a page of 1,000 of ${r.businesses.toLocaleString('en')} businesses as police; ${ogcRuns} runs each, medians`,
  );
  console.log(`  SQL (findFeaturePage in its transaction as police): ${r.sqlMs.toFixed(2)} ms`);
  console.log(`  GET /ogc/collections/businesses/items over HTTP: ${r.httpMs.toFixed(2)} ms`);
  console.log(`  ratio HTTP ÷ SQL: ${r.ratio.toFixed(2)} (target ≤ 1.3)`);
}

if (selected('tiles')) {
  const { urls, options } = scratchBench('tile-scale', 1_000_000);
  const r = await timeTiles(urls, options);
  console.log(
    `vector tiles of ${r.businesses.toLocaleString('en')} businesses as police, the commune's centre tile; medians`,
  );
  for (const t of r.zooms) {
    const target = t.z <= 14 ? 0.8 : 0.6;
    console.log(
      `  z${t.z} (${t.features}): ST_AsMVT directly ${t.sqlMs.toFixed(1)} ms, over HTTP ${t.httpMs.toFixed(1)} ms, ratio SQL ÷ HTTP ${t.ratio.toFixed(2)} (target ≥ ${target})`,
    );
  }
}

// The export needs its rows generated first: with --only=export (1,000,000) or with --scale.
if (only === 'export' || (!only && scale)) {
  const urls = readDatabaseUrls();
  const rows = Number(scale ?? 1_000_000);
  console.log(`export of ${rows.toLocaleString('en')} businesses as GeoPackage (scratch database)`);
  const r = await timeGpkgExport(urls?.owner as string, env.APP_DATABASE_URL, rows);
  console.log(
    `  generated and loaded ${r.rows.toLocaleString('en')} businesses in ${r.loadSeconds.toFixed(1)} s`,
  );
  console.log(`  ogr2ogr PG: → GPKG (baseline): ${(r.baselineMs / 1000).toFixed(1)} s`);
  console.log(
    `  GET /api/exports/businesses.gpkg: ${(r.exportMs / 1000).toFixed(1)} s (${r.fileMb.toFixed(0)} MB)`,
  );
  console.log(`  ratio export ÷ baseline: ${r.ratio.toFixed(2)}`);
  console.log(
    `  peak RSS of the exporting process: ${r.peakRssMb.toFixed(0)} MB (${r.rssBeforeMb.toFixed(0)} MB before the export)`,
  );
}

if (scale && only !== 'export') {
  console.log(`--scale ${scale}: generate and load into a scratch database`);
  const ownerUrl = readDatabaseUrls()?.owner as string;
  const seconds = await timeScaleLoad(ownerUrl, Number(scale));
  console.log(`  total: ${seconds.toFixed(1)} s (target < 300 s for 1,000,000)`);
}
