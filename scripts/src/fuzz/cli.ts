// `pnpm fuzz [--n 10000] [--seed 1] [--url http://127.0.0.1:8787] [--database-url URL] [--keep]`
// Sends n seeded, mutated requests over every route × role and prints the summary (requests by
// status class, 5xx, leaks, rows changed by refused requests, seed, time) and each finding;
// checks the audit chain at the end. Exit 0 when clean, 1 on any finding, 2 on bad usage.
//
// Without --url: the app in-process over a scratch database beside the app's (created,
// migrated, seeded with the demo seed, dropped after the run unless --keep), so the demo data
// is never touched. With --url: a running server (e.g. `npm start`), signed in as every demo
// account once; the fuzz writes into its database, read as the owner for the checks
// (--database-url, by default the local cluster's app database).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@ntm/api/app';
import { connect } from '@ntm/db/client';
import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import postgres from 'postgres';
import { defaultDemoPassword } from '../seed/seed-demo';
import { parseFuzzCli } from './cli-flags';
import { sendOverFreshConnection } from './http-send';
import { apiRoutes } from './route-table';
import { type FuzzTarget, formatFinding, formatSummary, isClean, runFuzz } from './run-fuzz';
import { createScratchDatabase } from './scratch-database';

const communeCode = '11284';
const parsed = parseFuzzCli(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`pnpm fuzz: ${parsed.reason}`);
  process.exit(2);
}
const options = parsed.options;
const urls = readDatabaseUrls();
const password = options.password ?? process.env.DEMO_PASSWORD ?? defaultDemoPassword;
// The routes come from the app's own table, whichever server is aimed at.
const routes = apiRoutes(createApp({ sql: null as never, env: { COMMUNE_CODE: communeCode } }));

async function main(): Promise<boolean> {
  const started = new Date();
  let target: FuzzTarget;
  let sql: postgres.Sql;
  const cleanUps: Array<() => Promise<unknown>> = [];
  try {
    if (options.url) {
      const ownerUrl = options.databaseUrl ?? urls?.owner;
      if (!ownerUrl) throw new Error('No database to check rows in: pass --database-url.');
      sql = postgres(ownerUrl, { max: 2, onnotice: () => {} });
      cleanUps.push(() => sql.end());
      const origin = options.url;
      target = {
        origin,
        send: (path, init) => sendOverFreshConnection(`${origin}${path}`, init, 120_000),
      };
      console.error(`Fuzzing ${origin} (rows checked in ${new URL(ownerUrl).pathname.slice(1)}) …`);
    } else {
      const ownerUrl = options.databaseUrl ?? urls?.owner;
      const appUrl = urls?.app;
      if (!ownerUrl || !appUrl) throw new Error('No local database: run `npm run db:up` first.');
      console.error('Preparing a scratch database with the demo data …');
      // Named by the process, so two runs side by side never drop each other's.
      const scratch = await createScratchDatabase({
        ownerUrl,
        appUrl,
        suffix: `fuzz_${process.pid}`,
        password,
      });
      cleanUps.push(() => scratch.drop(options.keep));
      sql = scratch.sql;
      const appSql = connect(scratch.appUrl, { max: 4, communeCode }).sql;
      cleanUps.unshift(() => appSql.end());
      const attachments = await mkdtemp(join(tmpdir(), 'ntm-fuzz-'));
      cleanUps.push(() => rm(attachments, { recursive: true, force: true }));
      const app = createApp({
        sql: appSql,
        env: { COMMUNE_CODE: communeCode, ATTACHMENTS_DIR: attachments },
      });
      target = { origin: 'http://localhost', send: async (path, init) => app.request(path, init) };
      console.error(
        `Fuzzing the app in-process over ${scratch.name}${options.keep ? ' (kept)' : ''} …`,
      );
    }
    const summary = await runFuzz({
      n: options.n,
      seed: options.seed,
      sql,
      target,
      routes,
      password,
      progressEvery: 1000,
      onFinding: (finding) => console.error(formatFinding(finding)),
      onProgress: (done, s) =>
        console.error(
          `  ${done}/${options.n} (${Math.round((Date.now() - started.getTime()) / 1000)} s): 5xx ${s.serverErrors}, leaks ${s.leaks}, rows changed ${s.rowsChangedAfterRefusal}`,
        ),
    });
    console.log(formatSummary(summary));
    const clean = isClean(summary);
    console.log(clean ? 'fuzz: no findings' : 'fuzz: FINDINGS (see above)');
    return clean;
  } finally {
    for (const cleanUp of cleanUps) await cleanUp();
  }
}

main().then(
  (clean) => process.exit(clean ? 0 : 1),
  (error) => {
    console.error(`pnpm fuzz: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
