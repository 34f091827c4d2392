// `pnpm bench:pages`: every list of the API in pages over `--scale` premises and tips (default
// 1,000,000) in a scratch database (scratch-app.ts), as police over HTTP: the first page and a
// page from the middle of each list, their size and their median time, warm (issue #20: no
// answer over its page size, every page under 300 ms). `--keep` keeps the scratch database for
// the next run, which then skips the load (minutes at 1,000,000).
import { parseEnv } from '@ntm/api/env';
import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import { closedStatuses } from '@ntm/domain/tips/workflow';
import postgres from 'postgres';
import { median, sampleInTurns } from './median';
import { withScratchApp } from './scratch-app';

const option = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const scale = Number(option('scale') ?? 1_000_000);
const runs = Number(option('runs') ?? 10);
const keep = process.argv.includes('--keep');
const pageSize = 1000;

const utc = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Each list: its path, and the key (as the API's cursor holds it) of the row in the middle of
 * the list, read straight from the database, so the middle page is reached without walking.
 */
const lists: {
  name: string;
  path: string;
  middle: (sql: postgres.Sql) => Promise<string[] | null>;
}[] = [
  {
    name: 'businesses',
    path: '/api/businesses',
    middle: (sql) =>
      middleKey(
        sql,
        `select json_build_array(id::text) as key from businesses
        where deleted_at is null order by id`,
      ),
  },
  {
    name: 'tips',
    path: '/api/tips',
    // The closed tips come last, newest first: the middle one of them.
    middle: (sql) =>
      middleKey(
        sql,
        `select json_build_array('1', (-extract(epoch from received_at))::text, '0', id::text) as key
        from tips where status::text in (${closedStatuses.map((s) => `'${s}'`).join(', ')})
        order by received_at desc, id`,
      ),
  },
  {
    name: 'inspections',
    path: '/api/inspections',
    middle: (sql) =>
      middleKey(
        sql,
        `select json_build_array(${utc('started_at')}, id::text) as key
        from inspections order by started_at, id`,
      ),
  },
  {
    name: 'online violations',
    path: '/api/online-violations',
    middle: (sql) =>
      middleKey(
        sql,
        `select json_build_array(${utc('found_at')}, id::text) as key
        from online_violations order by found_at desc, id desc`,
      ),
  },
  { name: 'proposals', path: '/api/proposals', middle: async () => null },
  {
    name: 'registry reviews',
    path: '/api/registry-reviews?from=2025-01-01&to=2027-01-01',
    middle: (sql) =>
      middleKey(
        sql,
        `select json_build_array(to_char(reviewed_on, 'YYYY-MM-DD'), id::text) as key
        from registry_reviews where reviewed_on >= '2025-01-01' and reviewed_on < '2027-01-01'
        order by reviewed_on desc, id desc`,
      ),
  },
];

async function middleKey(sql: postgres.Sql, ordered: string): Promise<string[] | null> {
  const [row] = await sql.unsafe<[{ key: string[] }?]>(
    `select key from (${ordered}) q offset (select count(*) / 2 from (${ordered}) c) limit 1`,
  );
  return row?.key ?? null;
}

const env = parseEnv();
const urls = { owner: readDatabaseUrls()?.owner as string, app: env.APP_DATABASE_URL };
const options = {
  suffix: 'pages',
  communeCode: env.COMMUNE_CODE,
  scale,
  password: process.env.DEMO_PASSWORD || 'demo-2026',
  keep,
};
/** The scratch database as its owner, past row-level security, to find the middle keys. */
const scratchOwner = () => {
  const url = new URL(urls.owner);
  url.pathname = `${url.pathname}_bench_pages`;
  return postgres(url.toString(), { max: 1, onnotice: () => {} });
};
const rows = await withScratchApp(urls, options, async ({ get, getText, businesses }) => {
  const owner = scratchOwner();
  console.log(
    `lists of ${businesses.toLocaleString('en')} businesses as police, pages of ${pageSize}; ${runs} runs each, medians`,
  );
  const timed: {
    list: string;
    page: string;
    rows: number;
    matched: number;
    kb: number;
    ms: number;
  }[] = [];
  for (const list of lists) {
    const key = await list.middle(owner);
    const join = list.path.includes('?') ? '&' : '?';
    const pages: [string, string][] = [['first', `${list.path}${join}limit=${pageSize}`]];
    if (key) {
      const cursor = Buffer.from(JSON.stringify(key)).toString('base64url');
      pages.push(['middle', `${list.path}${join}limit=${pageSize}&cursor=${cursor}`]);
    }
    for (const [page, path] of pages) {
      const body = JSON.parse(await getText(path)) as {
        numberReturned: number;
        numberMatched: number;
      };
      const [times] = (await sampleInTurns(
        [() => get(path, { 'accept-encoding': 'gzip' })],
        runs,
        2,
      )) as [number[]];
      const bytes = await get(path, { 'accept-encoding': 'gzip' });
      timed.push({
        list: list.name,
        page,
        rows: body.numberReturned,
        matched: body.numberMatched,
        kb: bytes / 1024,
        ms: median(times),
      });
    }
  }
  await owner.end();
  return timed;
});
console.log('list                page    rows  of        gzip KB  ms');
for (const r of rows) {
  console.log(
    `${r.list.padEnd(20)}${r.page.padEnd(8)}${String(r.rows).padStart(5)}  ${String(r.matched).padEnd(10)}${r.kb.toFixed(0).padStart(7)}  ${r.ms.toFixed(1).padStart(6)}${r.rows > pageSize || r.ms >= 300 ? '  ✗' : ''}`,
  );
}
