// A scratch database beside the app's, filled by the `--scale` loader, with the app serving it
// over a real socket and a police API token: what the OGC and tile benchmarks measure against.
// The database is created, migrated and dropped again, so the app's own data is never touched.
import { Agent, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@ntm/api/app';
import type { AppDeps } from '@ntm/api/lib/app-env';
import { connect, type Pool } from '@ntm/db/client';
import { migrateDatabase } from '@ntm/db/migrate';
import type { Actor } from '@ntm/db/queries/actor';
import postgres from 'postgres';
import { seedDemo } from '../seed/seed-demo';

export type ScratchApp = {
  /** The app role's pool on the scratch database, for the direct baseline. */
  sql: Pool;
  police: Actor;
  businesses: number;
  /** GET `path` with the police token over one keep-alive connection; resolves to the bytes read. */
  get: (path: string, headers?: Record<string, string>) => Promise<number>;
  /** The same, resolving to the answer's text. */
  getText: (path: string) => Promise<string>;
};

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

export async function withScratchApp<T>(
  urls: { owner: string; app: string },
  o: {
    suffix: string;
    communeCode: string;
    scale: number;
    password: string;
    app?: Partial<Pick<AppDeps, 'tileCacheBytes'>>;
    /** Keep the database for the next run, and use the one a run kept (no second load). */
    keep?: boolean;
  },
  work: (scratch: ScratchApp) => Promise<T>,
): Promise<T> {
  const name = `${decodeURIComponent(new URL(urls.owner).pathname.slice(1))}_bench_${o.suffix}`;
  const admin = postgres(withDatabase(urls.owner, 'postgres'), { max: 1, onnotice: () => {} });
  const [kept] = await admin`select 1 from pg_database where datname = ${name}`;
  const reuse = o.keep === true && kept !== undefined;
  if (!reuse) {
    await admin`drop database if exists ${admin(name)} with (force)`;
    await admin`create database ${admin(name)}`;
  }
  try {
    await migrateDatabase(withDatabase(urls.owner, name));
    const owner = postgres(withDatabase(urls.owner, name), { max: 1, onnotice: () => {} });
    if (!reuse) await seedDemo(owner, { seed: 42, scale: o.scale });
    await owner`vacuum analyze`;
    const [{ n, police }] = await owner<[{ n: number; police: number }]>`
      select (select count(*)::int from businesses where deleted_at is null) as n,
             (select id from users where username = 'congan') as police`;
    await owner.end();
    const { sql } = connect(withDatabase(urls.app, name), { communeCode: o.communeCode });
    const app = createApp({ sql, env: { COMMUNE_CODE: o.communeCode }, ...o.app });
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const token = await signedInToken(port, o.password);
      const getBody = (path: string, headers: Record<string, string> = {}, keepText = false) =>
        new Promise<{ bytes: number; text: string }>((resolve, reject) => {
          get(
            {
              host: '127.0.0.1',
              port,
              path,
              agent,
              headers: { authorization: `Bearer ${token}`, ...headers },
            },
            (response) => {
              if (response.statusCode !== 200) reject(new Error(`${path}: ${response.statusCode}`));
              let bytes = 0;
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => {
                bytes += chunk.length;
                if (keepText) chunks.push(chunk);
              });
              response.on('end', () =>
                resolve({ bytes, text: Buffer.concat(chunks).toString('utf8') }),
              );
            },
          ).on('error', reject);
        });
      return await work({
        sql,
        police: { userId: police, role: 'police', villageId: null },
        businesses: n,
        get: (path, headers) => getBody(path, headers).then((got) => got.bytes),
        getText: (path) => getBody(path, {}, true).then((got) => got.text),
      });
    } finally {
      agent.destroy();
      server.close();
      await sql.end();
    }
  } finally {
    if (!o.keep) await admin`drop database if exists ${admin(name)} with (force)`;
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
