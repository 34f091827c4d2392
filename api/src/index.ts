// Starts the server: parse env, connect, serve API and web on one port.
import { serve } from '@hono/node-server';
import { connect } from '@ntm/db/client';
import { repoRoot } from '@ntm/db/local/paths';
import { createApp } from './app';
import { refuseRowSecurityBypass } from './db-role';
import { parseEnv } from './env';

const env = parseEnv();
const { sql } = connect(env.APP_DATABASE_URL);
await refuseRowSecurityBypass(sql);
const app = createApp({ sql, env }, { webDist: `${repoRoot}web/dist` });

const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
  console.log(`Nam Thanh Miện GIS: http://${info.address}:${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    void sql.end({ timeout: 5 }).then(() => process.exit(0));
  });
}
