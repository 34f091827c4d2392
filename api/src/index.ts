// Starts the server: parse env, connect, serve API and web on one port.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { connect } from '@ntm/db/client';
import { repoRoot } from '@ntm/db/local/paths';
import { createApp } from './app';
import { refuseRowSecurityBypass } from './db-role';
import { parseEnv } from './env';
import { createLifecycle, stopGracefully } from './lib/lifecycle';
import { watchStandby } from './lib/read-standby';

const env = parseEnv();
const { sql } = connect(env.APP_DATABASE_URL, { communeCode: env.COMMUNE_CODE });
await refuseRowSecurityBypass(sql);
const lifecycle = createLifecycle();
// A physical copy has the primary's roles: the same role there has the same (checked) rights.
// Not checked by connecting: a standby that is down must not stop the app from starting.
if (
  env.READ_DATABASE_URL &&
  new URL(env.READ_DATABASE_URL).username !== new URL(env.APP_DATABASE_URL).username
) {
  throw new Error('READ_DATABASE_URL must name the same role as APP_DATABASE_URL (ntm_app).');
}
// A standby that does not answer within seconds is down: the primary reads instead.
const readSql = env.READ_DATABASE_URL
  ? connect(env.READ_DATABASE_URL, { connectTimeoutSeconds: 3, communeCode: env.COMMUNE_CODE }).sql
  : null;
const standby =
  readSql && watchStandby(sql, readSql, { maxLagMs: env.READ_MAX_LAG_MS, everyMs: 1_000 });
const app = createApp(
  { sql, env, lifecycle, ...(standby && { standby }) },
  { webDist: `${repoRoot}web/dist` },
);

const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
  console.log(`Nam Thanh Miện GIS: http://${info.address}:${info.port}`);
});

stopGracefully(server as Server, lifecycle, {
  delayMs: env.SHUTDOWN_DELAY_MS,
  graceMs: env.SHUTDOWN_GRACE_MS,
  closeDatabase: async () => {
    standby?.stop();
    await Promise.all([sql.end({ timeout: 5 }), readSql?.end({ timeout: 5 })]);
  },
});
