// As root, PostgreSQL runs as `postgres`, which cannot enter a clone in a private home (root's
// own, mode 0700). The bring-up then keeps the cluster in postgres's home, records where, and
// works: tried here on a copy of the database package in a folder closed to everyone else.
// Only root can try this; any other user runs the server as itself and never meets the wall.
import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';

const repo = new URL('../../', import.meta.url).pathname;
const isRoot = process.getuid?.() === 0;
const home = mkdtempSync(join(tmpdir(), 'ntm-private-home-'));
const clone = join(home, 'ntm');
// A port of its own, so the cluster of the checkout running the tests is never touched.
const port = String(54300 + (process.pid % 20));

const bringUp = (script: 'up' | 'stop') => {
  const env: NodeJS.ProcessEnv = { ...process.env, LOCAL_DB_PORT: port };
  delete env.DATABASE_URL;
  delete env.APP_DATABASE_URL;
  return promisify(execFile)(
    join(repo, 'node_modules/.bin/tsx'),
    [join(clone, `db/src/local/${script}.ts`)],
    { cwd: clone, env, encoding: 'utf8', timeout: 120_000 },
  );
};

afterAll(async () => {
  if (isRoot && existsSync(join(clone, '.data/cluster-path'))) {
    const cluster = readFileSync(join(clone, '.data/cluster-path'), 'utf8').trim();
    await bringUp('stop').catch(() => {});
    rmSync(cluster, { recursive: true, force: true });
  }
  rmSync(home, { recursive: true, force: true });
});

describe('the local cluster, cloned where the postgres user cannot enter', () => {
  it.runIf(isRoot)('lives in postgres’s home, is recorded, and answers', async () => {
    mkdirSync(join(clone, 'db'), { recursive: true });
    for (const part of ['src', 'migrations', 'package.json']) {
      cpSync(join(repo, 'db', part), join(clone, 'db', part), { recursive: true });
    }
    symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'));
    symlinkSync(join(repo, 'db/node_modules'), join(clone, 'db/node_modules'));
    chmodSync(home, 0o700);

    const { stdout } = await bringUp('up');
    expect(stdout).toMatch(/cannot enter .* the cluster goes to /);
    const cluster = readFileSync(join(clone, '.data/cluster-path'), 'utf8').trim();
    expect(cluster.startsWith(home)).toBe(false);
    expect(existsSync(join(cluster, 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(clone, '.data/postgres'))).toBe(false);

    const urls = Object.fromEntries(
      readFileSync(join(clone, '.data/local.env'), 'utf8')
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const sql = postgres(urls.APP_DATABASE_URL as string, { max: 1, onnotice: () => {} });
    const [row] = await sql<[{ tables: number }]>`
      select count(*)::int as tables from pg_tables where schemaname = 'public'`;
    await sql.end();
    expect(row.tables).toBeGreaterThan(30);

    // A second bring-up finds the cluster where it was recorded and only checks.
    const again = await bringUp('up');
    expect(again.stdout).not.toMatch(/Creating the project's PostgreSQL/);
  });
});
