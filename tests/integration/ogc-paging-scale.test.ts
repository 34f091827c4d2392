// Paging through a province-sized layer: 20,000 premises (the `--scale` loader, in a scratch
// database beside the test one) copied by GDAL through /ogc page by page, each premises once.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp } from '@ntm/api/app';
import { connect } from '@ntm/db/client';
import { migrateDatabase } from '@ntm/db/migrate';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemo } from '../../scripts/src/seed/seed-demo';
import { communeCode, demoPassword } from '../helpers/test-app';

const premises = 20_000;
const at = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};
const name = `${new URL(inject('databaseUrl')).pathname.slice(1)}_ogc_scale`;
const server = postgres(at(inject('databaseUrl'), 'postgres'), { max: 1, onnotice: () => {} });
const dir = mkdtempSync(join(tmpdir(), 'ntm-ogc-scale-'));
let base = '';
let token = '';
let stop = async () => {};

beforeAll(async () => {
  await server`drop database if exists ${server(name)} with (force)`;
  await server`create database ${server(name)}`;
  await migrateDatabase(at(inject('databaseUrl'), name));
  const owner = postgres(at(inject('databaseUrl'), name), { max: 1, onnotice: () => {} });
  await seedDemo(owner, { seed: 42, scale: premises });
  await owner.end();
  const { sql } = connect(at(inject('appDatabaseUrl'), name), { max: 4 });
  const app = createApp({ sql, env: { COMMUNE_CODE: communeCode } });
  const http = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => http.once('listening', resolve));
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  stop = async () => {
    await new Promise((resolve) => http.close(resolve));
    await sql.end();
  };
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'congan', password: demoPassword }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const made = await fetch(`${base}/api/auth/tokens`, {
    method: 'POST',
    headers: { cookie, origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'GDAL' }),
  });
  token = ((await made.json()) as { token: string }).token;
}, 240_000);

afterAll(async () => {
  await stop();
  await server`drop database if exists ${server(name)} with (force)`;
  await server.end();
  rmSync(dir, { recursive: true, force: true });
});

describe('OGC API paging at province scale', () => {
  it('gives GDAL every one of 20,000 premises once, a page of 1,000 at a time', async () => {
    const headers = join(dir, 'headers');
    writeFileSync(headers, `Authorization: Bearer ${token}\n`);
    const gpkg = join(dir, 'all.gpkg');
    // Asynchronous: the server GDAL reads from answers on this process's event loop.
    await promisify(execFile)(
      'ogr2ogr',
      ['-f', 'GPKG', gpkg, `OAPIF:${base}/ogc`, 'businesses', '-oo', 'PAGE_SIZE=1000'],
      { env: { ...process.env, GDAL_HTTP_HEADER_FILE: headers } },
    );
    const { stdout } = await promisify(execFile)('ogrinfo', [
      '-q',
      gpkg,
      '-sql',
      'select count(*) as n, count(distinct id) as ids from businesses',
    ]);
    expect(stdout).toMatch(new RegExp(`n \\(Integer\\) = ${premises}\\b`));
    expect(stdout).toMatch(new RegExp(`ids \\(Integer\\) = ${premises}\\b`));
  }, 240_000);

  it('follows next links at the largest page to the end, each premises once', async () => {
    const seen = new Set<number>();
    let pages = 0;
    let next: string | undefined = `${base}/ogc/collections/businesses/items?limit=10000`;
    while (next) {
      const response = await fetch(next, { headers: { authorization: `Bearer ${token}` } });
      const page = (await response.json()) as {
        numberMatched: number;
        features: Array<{ id: number }>;
        links: Array<{ rel: string; href: string }>;
      };
      expect(page.numberMatched).toBe(premises);
      for (const feature of page.features) seen.add(feature.id);
      pages += 1;
      next = page.links.find((link) => link.rel === 'next')?.href;
    }
    expect(pages).toBe(2);
    expect(seen.size).toBe(premises);
  }, 120_000);
});
