// The dashboards read from a streaming-replication hot standby (issue #21): a real second cluster
// made by pg_basebackup from the test cluster, and the server as `npm start` runs it with
// READ_DATABASE_URL. While the standby is up and current, the computed answers come from it (its
// replay paused, a write on the primary is not in them yet); once it lags past the limit, or is
// stopped, the primary answers, with no error; writes go to the primary throughout (a standby
// refuses every write, so one sent there would fail the request).
import type { ChildProcess } from 'node:child_process';
import { findPostgres } from '@ntm/db/local/postgres-install';
import { type LocalStandby, startLocalStandby } from '@ntm/db/local/standby';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePorts, startChildServer } from '../../scripts/src/server/child-server';
import { communeCode, demoPassword, testAttachmentsDir } from '../helpers/test-app';

const maxLagMs = 3_000;
const owner = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
let standby: LocalStandby;
let standbyOwner: postgres.Sql;
let child: ChildProcess | undefined;
let base = '';
let cookie = '';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  const [port] = (await freePorts(1)) as [number];
  standby = startLocalStandby(findPostgres(), inject('databaseUrl'), port);
  standbyOwner = postgres(standby.urlFor(inject('databaseUrl')), { max: 1, onnotice: () => {} });
  const server = await startChildServer({
    APP_DATABASE_URL: inject('appDatabaseUrl'),
    READ_DATABASE_URL: standby.urlFor(inject('appDatabaseUrl')),
    READ_MAX_LAG_MS: String(maxLagMs),
    COMMUNE_CODE: communeCode,
    ATTACHMENTS_DIR: testAttachmentsDir,
  });
  child = server.child;
  base = server.url;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'congan', password: demoPassword }),
  });
  expect(login.status).toBe(200);
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
}, 120_000);

afterAll(async () => {
  child?.kill('SIGKILL');
  await standbyOwner?.end();
  standby?.remove();
  await owner.end();
});

/** The standby's state as readiness reports it, once it is `state` (within a minute). */
async function standbyBecomes(state: string) {
  for (let tries = 0; tries < 300; tries += 1) {
    const ready = (await (await fetch(`${base}/api/health/ready`)).json()) as {
      standby: { state: string; lagMs: number | null } | null;
    };
    if (ready.standby?.state === state) return ready.standby;
    await pause(200);
  }
  throw new Error(`the standby never became ${state}`);
}

async function riskNames() {
  const response = await fetch(`${base}/api/risk/businesses`, { headers: { cookie } });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { features: Array<{ properties: { name: string } }> };
  return {
    from: response.headers.get('x-read-from'),
    names: body.features.map((f) => f.properties.name),
  };
}

async function rename(id: number, name: string) {
  const response = await fetch(`${base}/api/businesses/${id}`, {
    method: 'PATCH',
    headers: { cookie, origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({ properties: { name } }),
  });
  expect(response.status).toBe(200);
}

describe('a hot standby for the dashboards', () => {
  let id = 0;
  let name = '';

  beforeAll(async () => {
    const [row] = await owner<[{ id: number; name: string }]>`
      select id::int as id, name from businesses
      where deleted_at is null and status = 'active' order by id limit 1`;
    ({ id, name } = row);
  });

  it('serves the risk scores while it is up and current', { timeout: 90_000 }, async () => {
    expect(await standbyBecomes('serving')).toMatchObject({ lagMs: expect.any(Number) });
    const read = await riskNames();
    expect(read.from).toBe('standby');
    expect(read.names).toContain(name);
  });

  it('answers from its own copy, a write not yet replayed, until it lags past the limit', async () => {
    await standbyOwner`select pg_wal_replay_pause()`;
    // The write goes to the primary, though reads go to the standby: it succeeds.
    await rename(id, `${name} (đổi)`);
    const stale = await riskNames();
    expect(stale).toMatchObject({ from: 'standby' });
    expect(stale.names).toContain(name);
    expect(stale.names).not.toContain(`${name} (đổi)`);

    expect((await standbyBecomes('lagging')).lagMs).toBeGreaterThan(maxLagMs);
    const current = await riskNames();
    expect(current.from).toBe('primary');
    expect(current.names).toContain(`${name} (đổi)`);
  });

  it('serves again once it has caught up', { timeout: 90_000 }, async () => {
    await standbyOwner`select pg_wal_replay_resume()`;
    await standbyBecomes('serving');
    const read = await riskNames();
    expect(read.from).toBe('standby');
    expect(read.names).toContain(`${name} (đổi)`);
  });

  it('leaves the reads to the primary when it stops, without an error', async () => {
    await standbyOwner.end();
    standby.stop();
    // The first read after the stop may still be sent to it: it fails over within the request.
    const read = await riskNames();
    expect(read.from).toBe('primary');
    expect(await standbyBecomes('down')).toEqual({ state: 'down', lagMs: null });
    await rename(id, name);
    const after = await riskNames();
    expect(after).toMatchObject({ from: 'primary' });
    expect(after.names).toContain(name);
  });
});
