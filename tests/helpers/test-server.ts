import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@ntm/api/app';
import type { AppDeps } from '@ntm/api/lib/app-env';
import { parseTrustedProxies } from '@ntm/api/proxy/trusted-proxies';
import { connect } from '@ntm/db/client';
import { repoRoot } from '@ntm/db/local/paths';
import postgres from 'postgres';
import { inject } from 'vitest';
import { communeCode, testAttachmentsDir } from './test-app';

export type TestServerOptions = {
  webDist?: string;
  /** Another database than the test one (a scratch one at a province's scale): its owner and app role. */
  database?: { ownerUrl: string; appUrl: string };
  /** TRUSTED_PROXIES, as the environment spells it (a proxy in front: nginx-proxy.test.ts). */
  trustedProxies?: string;
  loginLimit?: AppDeps['loginLimit'];
};

/**
 * The real server (API and built web app) over the test database, on a free port, connected
 * as the app's own role; `sql` is the owner, for checks behind the app's back. `webDist` serves
 * other pages in the web app's place (a page that breaks the Content-Security-Policy).
 */
export async function startTestServer(options: TestServerOptions = {}) {
  const appSql = connect(options.database?.appUrl ?? inject('appDatabaseUrl'), {
    max: 4,
    communeCode,
  }).sql;
  const sql = postgres(options.database?.ownerUrl ?? inject('databaseUrl'), {
    max: 2,
    onnotice: () => {},
  });
  // What browsers report to POST /api/csp-reports (a worker's violations come only this way).
  const cspReports: string[] = [];
  const app = createApp(
    {
      sql: appSql,
      env: {
        COMMUNE_CODE: communeCode,
        ATTACHMENTS_DIR: testAttachmentsDir,
        TRUSTED_PROXIES: parseTrustedProxies(options.trustedProxies),
      },
      // Rate windows of its own: no test server counts into another's limits by accident.
      limitScope: randomUUID(),
      ...(options.loginLimit ? { loginLimit: options.loginLimit } : {}),
      onCspViolation: ({ directive, blockedUri }) => {
        cspReports.push(`reported to the server: ${directive} refused ${blockedUri}`);
      },
    },
    { webDist: options.webDist ?? `${repoRoot}web/dist` },
  );
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    sql,
    cspReports: cspReports as readonly string[],
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await Promise.all([appSql.end(), sql.end()]);
    },
  };
}
