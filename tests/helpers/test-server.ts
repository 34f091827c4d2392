import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@ntm/api/app';
import { repoRoot } from '@ntm/db/local/paths';
import postgres from 'postgres';
import { communeCode } from './test-app';

/** The real server (API and built web app) over the test database, on a free port. */
export async function startTestServer(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });
  const app = createApp(
    { sql, env: { COMMUNE_CODE: communeCode } },
    { webDist: `${repoRoot}web/dist` },
  );
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sql,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await sql.end();
    },
  };
}
