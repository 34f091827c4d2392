// Export of N businesses as GeoPackage (GET /api/exports/businesses.gpkg as police) against a
// baseline in the same run: ogr2ogr reading the same rows straight from PostgreSQL (`PG:`)
// into a GeoPackage, the fastest a GeoPackage of them can be made on this machine. The data is
// generated with the `--scale` loader into a scratch database, created and dropped again. The
// export runs in a process of its own, so its peak RSS shows whether it streams: flat in N.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { migrateDatabase } from '@ntm/db/migrate';
import postgres from 'postgres';
import { seedDemo } from '../seed/seed-demo';

const run = promisify(execFile);

export type ExportBenchResult = {
  rows: number;
  loadSeconds: number;
  exportMs: number;
  baselineMs: number;
  ratio: number;
  peakRssMb: number;
  /** The same process's peak before the export began (signed in, nothing exported yet). */
  rssBeforeMb: number;
  fileMb: number;
};

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/** The same fields police get, as plain columns: what ogr2ogr reads for the baseline. */
const baselineSql = `
  select b.id, b.name, b.type::text, b.address, b.licensed_trade, b.licence_number, b.owner_name,
         b.phone, b.opening_hours::text, b.status::text, b.reviewed_at::text, b.village_id,
         v.name as village_name, b.updated_at::text, b.geom
  from businesses b join villages v on v.id = b.village_id
  where b.deleted_at is null order by b.id`;

function childExport(env: NodeJS.ProcessEnv) {
  return new Promise<{ ms: number; bytes: number; peakRssKb: number; rssBeforeKb: number }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          // The heap budget `npm start` gives the server (scripts/bootstrap.mjs, NTM_HEAP_MB).
          `--max-old-space-size=${process.env.NTM_HEAP_MB || '384'}`,
          '--import',
          'tsx',
          new URL('./export-gpkg-child.ts', import.meta.url).pathname,
        ],
        { env, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) return reject(new Error(`export child exited with ${code}`));
        resolve(JSON.parse(out.trim().split('\n').at(-1) as string));
      });
    },
  );
}

export async function timeGpkgExport(
  ownerUrl: string,
  appUrl: string,
  scale: number,
): Promise<ExportBenchResult> {
  const name = `${decodeURIComponent(new URL(ownerUrl).pathname.slice(1))}_bench_export`;
  const admin = postgres(withDatabase(ownerUrl, 'postgres'), { max: 1, onnotice: () => {} });
  await admin`drop database if exists ${admin(name)}`;
  await admin`create database ${admin(name)}`;
  const dir = await mkdtemp(join(tmpdir(), 'ntm-bench-export-'));
  try {
    const scratchOwner = withDatabase(ownerUrl, name);
    await migrateDatabase(scratchOwner);
    const sql = postgres(scratchOwner, { max: 1, onnotice: () => {} });
    const loadStarted = performance.now();
    let rows = 0;
    try {
      await seedDemo(sql, { seed: 42, scale, log: (line) => console.log(`    ${line}`) });
      await sql`analyze`;
      [{ rows }] = await sql<[{ rows: number }]>`
        select count(*)::int as rows from businesses where deleted_at is null`;
    } finally {
      await sql.end();
    }
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    // Baseline: GDAL straight from PostgreSQL, as the owner (no row-level security to pass).
    const owner = new URL(scratchOwner);
    const baselineStarted = performance.now();
    const target = join(dir, 'baseline.gpkg');
    await run(
      'ogr2ogr',
      [
        '-f',
        'GPKG',
        target,
        `PG:dbname=${name} host=${owner.hostname} port=${owner.port} user=${decodeURIComponent(owner.username)}`,
        '-sql',
        baselineSql,
        '-nln',
        'businesses',
        '-gt',
        '65536',
      ],
      { env: { ...process.env, PGPASSWORD: decodeURIComponent(owner.password) } },
    );
    const baselineMs = performance.now() - baselineStarted;
    const { size } = await stat(target);

    const measured = await childExport({
      ...process.env,
      DATABASE_URL: scratchOwner,
      APP_DATABASE_URL: withDatabase(appUrl, name),
    });
    return {
      rows,
      loadSeconds,
      exportMs: measured.ms,
      baselineMs,
      ratio: measured.ms / baselineMs,
      peakRssMb: measured.peakRssKb / 1024,
      rssBeforeMb: measured.rssBeforeKb / 1024,
      fileMb: Math.max(size, measured.bytes) / 1024 / 1024,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await admin`drop database if exists ${admin(name)}`;
    await admin.end();
  }
}
