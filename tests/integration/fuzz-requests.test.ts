// The fuzz suite (issue #16): a few thousand seeded, mutated requests over every route of the
// route × role matrix, in-process. No answer is a 5xx or holds a stack, PostgreSQL's text or
// personal data the role may not see; no refused request changes a row; the audit chain holds.
// It runs over its own scratch copy of the demo data, so the junk it writes reaches no other
// test's counts. `pnpm fuzz --n 100000` is the long run of the same engine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@ntm/api/app';
import { connect } from '@ntm/db/client';
import { changedTables, fingerprinter, tablesToFingerprint } from '@ntm/scripts/fuzz/fingerprint';
import { apiRoutes } from '@ntm/scripts/fuzz/route-table';
import { formatSummary, isClean, runFuzz } from '@ntm/scripts/fuzz/run-fuzz';
import { createScratchDatabase } from '@ntm/scripts/fuzz/scratch-database';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { communeCode, demoPassword } from '../helpers/test-app';

/** Requests per CI run and their seed: the same seed sends the same requests. */
const requests = 3000;
const seed = 20_261_207;

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let appSql: ReturnType<typeof connect>['sql'];
let attachments: string;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  scratch = await createScratchDatabase({
    ownerUrl: inject('databaseUrl'),
    appUrl: inject('appDatabaseUrl'),
    suffix: 'fuzz',
    password: demoPassword,
  });
  appSql = connect(scratch.appUrl, { max: 4, communeCode }).sql;
  attachments = await mkdtemp(join(tmpdir(), 'ntm-fuzz-test-'));
  app = createApp({
    sql: appSql,
    env: { COMMUNE_CODE: communeCode, ATTACHMENTS_DIR: attachments },
    limitScope: 'fuzz-requests',
  });
});
afterAll(async () => {
  await appSql?.end();
  await scratch?.drop();
  if (attachments) await rm(attachments, { recursive: true, force: true });
});

describe('the fuzz suite', () => {
  it('reads every route of the app, each with a rule of the access table', () => {
    const routes = apiRoutes(app);
    expect(routes.length).toBeGreaterThan(100);
    expect(routes.filter((r) => r.admitted.length === 0).map((r) => r.key)).toEqual([]);
  });

  it('sees a row inserted, updated or deleted behind its back', async () => {
    const fingerprint = fingerprinter(scratch.sql, await tablesToFingerprint(scratch.sql));
    const before = await fingerprint.take();
    const mark = await fingerprint.watermark();
    const [event] = await scratch.sql<[{ id: number }]>`
      insert into local_events (commune_code, name, from_date, to_date)
      values (${communeCode}, 'Fuzz check', '2026-05-01', '2026-05-02') returning id::int`;
    const inserted = await fingerprint.take();
    expect(await fingerprint.watermark()).not.toBe(mark);
    expect(changedTables(before, inserted)).toEqual([
      expect.stringMatching(/^public\.local_events /),
    ]);
    await scratch.sql`update local_events set name = 'Fuzz check 2' where id = ${event.id}`;
    const updated = await fingerprint.take();
    expect(changedTables(inserted, updated)).toHaveLength(1);
    await scratch.sql`delete from local_events where id = ${event.id}`;
    expect(changedTables(updated, await fingerprint.take())).toHaveLength(1);
  });

  it(`answers ${requests} mutated requests with no 5xx, no leak and no row changed by a refusal`, async () => {
    const summary = await runFuzz({
      n: requests,
      seed,
      sql: scratch.sql,
      target: { origin: 'http://localhost', send: async (path, init) => app.request(path, init) },
      routes: apiRoutes(app),
      password: demoPassword,
    });
    const report = formatSummary(summary);
    // The summary only, and each finding when there is one: never the whole corpus.
    console.info(report.split('\n').slice(0, 5).join('\n'));
    expect(summary.requests).toBe(requests);
    // The run reached the routes' code, not only their first check.
    expect(summary.byStatusClass['2xx']).toBeGreaterThan(requests / 10);
    expect(isClean(summary), report).toBe(true);
  }, 600_000);
});
