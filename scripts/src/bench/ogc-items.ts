// An OGC API – Features items page of 1,000 businesses over HTTP (GET /ogc/collections/
// businesses/items?limit=1000, signed in as police) ÷ the same SQL run directly: findFeaturePage in
// the transaction the route runs, as the same app role (issue #18, target ≤ 1.3). The premises
// are generated with the `--scale` loader into a scratch database, created and dropped again.
import { Agent, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@ntm/api/app';
import { connect } from '@ntm/db/client';
import { migrateDatabase } from '@ntm/db/migrate';
import { asActor } from '@ntm/db/queries/actor';
import { findFeaturePage } from '@ntm/db/queries/ogc-items';
import postgres from 'postgres';
import { seedDemo } from '../seed/seed-demo';
import { median, sampleInTurns } from './median';

export type OgcItemsBench = { businesses: number; sqlMs: number; httpMs: number; ratio: number };

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

export async function timeOgcItems(
  urls: { owner: string; app: string },
  o: { communeCode: string; scale: number; runs: number; password: string },
): Promise<OgcItemsBench> {
  const name = `${decodeURIComponent(new URL(urls.owner).pathname.slice(1))}_bench_ogc`;
  const admin = postgres(withDatabase(urls.owner, 'postgres'), { max: 1, onnotice: () => {} });
  await admin`drop database if exists ${admin(name)} with (force)`;
  await admin`create database ${admin(name)}`;
  try {
    await migrateDatabase(withDatabase(urls.owner, name));
    const owner = postgres(withDatabase(urls.owner, name), { max: 1, onnotice: () => {} });
    await seedDemo(owner, { seed: 42, scale: o.scale });
    const [{ n, police }] = await owner<[{ n: number; police: number }]>`
      select (select count(*)::int from businesses where deleted_at is null) as n,
             (select id from users where username = 'congan') as police`;
    await owner.end();
    const { sql } = connect(withDatabase(urls.app, name));
    const app = createApp({ sql, env: { COMMUNE_CODE: o.communeCode } });
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const token = await signedInToken(port, o.password);
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const page = () =>
        new Promise<number>((resolve, reject) => {
          const path = '/ogc/collections/businesses/items?limit=1000';
          get(
            { host: '127.0.0.1', port, path, agent, headers: { authorization: `Bearer ${token}` } },
            (response) => {
              if (response.statusCode !== 200) reject(new Error(`items: ${response.statusCode}`));
              let bytes = 0;
              response.on('data', (chunk: Buffer) => {
                bytes += chunk.length;
              });
              response.on('end', () => resolve(bytes));
            },
          ).on('error', reject);
        });
      const direct = () =>
        asActor(sql, { userId: police, role: 'police', villageId: null }, (tx) =>
          findFeaturePage(tx, 'businesses', {
            communeCode: o.communeCode,
            bbox: null,
            datetime: null,
            filters: {},
            limit: 1000,
            offset: 0,
            output: { srid: 4326, latFirst: false, digits: 7 },
            withOwner: true,
          }),
        );
      const [sqlRuns, httpRuns] = (await sampleInTurns([direct, page], o.runs)) as [
        number[],
        number[],
      ];
      agent.destroy();
      const sqlMs = median(sqlRuns);
      const httpMs = median(httpRuns);
      return { businesses: n, sqlMs, httpMs, ratio: httpMs / sqlMs };
    } finally {
      server.close();
      await sql.end();
    }
  } finally {
    await admin`drop database if exists ${admin(name)} with (force)`;
    await admin.end();
  }
}

/** Signs in as police and makes a personal API token, as a GIS client would hold one. */
async function signedInToken(port: number, password: string): Promise<string> {
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'congan', password }),
  });
  if (!login.ok) throw new Error(`login as congan failed (${login.status})`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const made = await fetch(`${base}/api/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', cookie, origin: base },
    body: JSON.stringify({ name: 'bench' }),
  });
  if (made.status !== 201) throw new Error(`token: ${made.status}`);
  return ((await made.json()) as { token: string }).token;
}
