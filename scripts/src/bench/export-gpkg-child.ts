// The measured side of the export benchmark, in its own process so its peak memory is the
// export's alone: the app over the scratch database, police signed in, GET
// /api/exports/businesses.gpkg read to the end and thrown away. Prints one line of JSON.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@ntm/api/app';
import { parseEnv } from '@ntm/api/env';
import { connect } from '@ntm/db/client';

const env = parseEnv();
const { sql } = connect(env.APP_DATABASE_URL, { max: 2, communeCode: env.COMMUNE_CODE });
const app = createApp({ sql, env });
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address() as AddressInfo;
const base = `http://127.0.0.1:${port}`;
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'congan', password: process.env.DEMO_PASSWORD || 'demo-2026' }),
});
if (!login.ok) throw new Error(`login as congan failed (${login.status})`);
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
const rssBefore = process.resourceUsage().maxRSS;
const started = performance.now();
const response = await fetch(`${base}/api/exports/businesses.gpkg`, { headers: { cookie } });
if (!response.ok) throw new Error(`export failed (${response.status}): ${await response.text()}`);
let bytes = 0;
for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
  bytes += chunk.byteLength;
}
const ms = performance.now() - started;
server.close();
await sql.end();
console.log(
  JSON.stringify({
    ms,
    bytes,
    peakRssKb: process.resourceUsage().maxRSS,
    rssBeforeKb: rssBefore,
  }),
);
