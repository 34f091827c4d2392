// Starts the server: parse env, connect, serve API and web on one port.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { connect } from '@ntm/db/client';
import { repoRoot } from '@ntm/db/local/paths';
import { createApp } from './app';
import { refuseRowSecurityBypass } from './db-role';
import { parseEnv } from './env';
import { createLifecycle, stopGracefully } from './lib/lifecycle';

const env = parseEnv();
const { sql } = connect(env.APP_DATABASE_URL);
await refuseRowSecurityBypass(sql);
const lifecycle = createLifecycle();
const app = createApp({ sql, env, lifecycle }, { webDist: `${repoRoot}web/dist` });

const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
  console.log(`Nam Thanh Miện GIS: http://${info.address}:${info.port}`);
});

stopGracefully(server as Server, lifecycle, {
  delayMs: env.SHUTDOWN_DELAY_MS,
  graceMs: env.SHUTDOWN_GRACE_MS,
  closeDatabase: () => sql.end({ timeout: 5 }),
});
