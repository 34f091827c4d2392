// `pnpm bench --only=import` (issue #14): a registry XLSX of 20,000 premises inside the commune,
// from upload to committed (target ≤ 30 s, memory < 500 MB), and the preview of its first
// 1,000 rows (target ≤ 3 s), each beside a plain COPY of the same rows in the same run. Runs
// in a scratch database beside the app's (created, migrated, seeded, dropped), so the app's
// data is never touched. The server runs as `npm start` runs it (with its heap budget), in a
// process of its own, so its peak memory (the kernel's VmHWM) is the server's alone.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { registryHeader } from '@ntm/api/imports/read/column-mapping';
import { migrateDatabase } from '@ntm/db/migrate';
import ExcelJS from 'exceljs';
import postgres from 'postgres';
import { seedDemo } from '../seed/seed-demo';
import { startChildServer } from '../server/child-server';

const types = ['Nhà nghỉ', 'Karaoke', 'Massage', 'Căn hộ cho thuê ngắn hạn', 'Cà phê', 'Khác'];
const fields = [
  'name',
  'type',
  'address',
  'licenceNumber',
  'owner',
  'phone',
  'lng',
  'lat',
] as const;
const header = registryHeader(fields);
type Premises = [string, string, string, string, string, string, number, number];

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function workbook(rows: readonly Premises[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách cơ sở');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The baseline: the same rows COPYed into a temporary table, in one transaction. */
async function copyMs(sql: postgres.Sql, rows: readonly Premises[]): Promise<number> {
  const started = performance.now();
  await sql.begin(async (tx) => {
    await tx`create temp table bench_copy (name text, type text, address text, licence text,
              owner text, phone text, lng float8, lat float8) on commit drop`;
    const stream = await tx`copy bench_copy from stdin`.writable();
    for (const row of rows) stream.write(`${row.join('\t')}\n`);
    stream.end();
    await new Promise((resolve, reject) => stream.on('finish', resolve).on('error', reject));
  });
  return performance.now() - started;
}

/** The process's peak resident memory so far, in MB (Linux's VmHWM). */
function peakRssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

export async function timeImport(
  urls: { owner: string; app: string },
  communeCode: string,
  count = 20_000,
) {
  const name = `${decodeURIComponent(new URL(urls.owner).pathname.slice(1))}_import_bench`;
  const admin = postgres(withDatabase(urls.owner, 'postgres'), { max: 1, onnotice: () => {} });
  await admin`drop database if exists ${admin(name)}`;
  await admin`create database ${admin(name)}`;
  const owner = postgres(withDatabase(urls.owner, name), { max: 2, onnotice: () => {} });
  let server: ChildProcess | null = null;
  try {
    await migrateDatabase(withDatabase(urls.owner, name));
    await seedDemo(owner, { seed: 42 });
    const points = await owner<{ lng: number; lat: number }[]>`
      select ST_X(d.geom) as lng, ST_Y(d.geom) as lat
      from communes c, ST_Dump(ST_GeneratePoints(c.geom, ${count}, 42)) d
      where c.commune_code = ${communeCode}`;
    const rows = points.map(
      (p, i): Premises => [
        `Cơ sở thử ${i + 1}`,
        types[i % types.length] as string,
        `Số ${i + 1}, đường thử, xã Nam Thanh Miện`,
        `BENCH-${String(i + 1).padStart(6, '0')}`,
        `Chủ cơ sở ${i + 1}`,
        `09${String(10_000_000 + i).slice(-8)}`,
        p.lng,
        p.lat,
      ],
    );
    const first = await workbook(rows.slice(0, 1000));
    const all = await workbook(rows);
    const copyFirst = await copyMs(owner, rows.slice(0, 1000));
    const copyAll = await copyMs(owner, rows);

    const started0 = await startChildServer({
      APP_DATABASE_URL: withDatabase(urls.app, name),
      COMMUNE_CODE: communeCode,
    });
    server = started0.child;
    const base = `${started0.url}/api`;
    const rssBeforeMb = peakRssMb(server);
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', origin: base.replace('/api', '') },
      body: JSON.stringify({
        username: 'vanhoa',
        password: process.env.DEMO_PASSWORD || 'demo-2026',
      }),
    });
    if (!login.ok) throw new Error(`login as vanhoa: ${login.status}`);
    const headers = {
      cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] as string,
      origin: base.replace('/api', ''),
    };
    const upload = async (bytes: Uint8Array, fileName: string) => {
      const form = new FormData();
      form.set('kind', 'registry');
      form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], fileName));
      const response = await fetch(`${base}/imports`, { method: 'POST', headers, body: form });
      if (response.status !== 201)
        throw new Error(`upload: ${response.status} ${await response.text()}`);
      return (await response.json()) as { id: number; counts: Record<string, number> };
    };

    const previewStart = performance.now();
    const small = await upload(first, 'danh-sach-1000.xlsx');
    const previewMs = performance.now() - previewStart;

    const started = performance.now();
    const big = await upload(all, 'danh-sach-20000.xlsx');
    const uploadedMs = performance.now() - started;
    const commit = await fetch(`${base}/imports/${big.id}/commit`, { method: 'POST', headers });
    if (commit.status !== 200) throw new Error(`commit: ${commit.status} ${await commit.text()}`);
    const totalMs = performance.now() - started;
    const serverPeakMb = peakRssMb(server);
    const [stored] = await owner<[{ n: number }]>`
      select count(*)::int as n from businesses where licence_number like 'BENCH-%' and deleted_at is null`;
    if (stored.n !== count)
      throw new Error(`the commit stored ${stored.n} of ${count} premises in the scratch database`);
    return {
      rows: count,
      previewCounts: small.counts,
      counts: big.counts,
      stored: stored.n,
      previewMs,
      copyFirstMs: copyFirst,
      uploadedMs,
      totalMs,
      copyAllMs: copyAll,
      serverRssAtStartMb: rssBeforeMb,
      serverPeakRssMb: serverPeakMb,
    };
  } finally {
    server?.kill('SIGTERM');
    await owner.end();
    await admin`drop database if exists ${admin(name)}`;
    await admin.end();
  }
}
