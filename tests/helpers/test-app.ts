import { randomUUID } from 'node:crypto';
import { createApp } from '@ntm/api/app';
import type { AppDeps } from '@ntm/api/lib/app-env';
import { connect } from '@ntm/db/client';
import { repoRoot } from '@ntm/db/local/paths';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';

export const communeCode = '11284';
export const demoPassword = 'demo-2026';
/** Where the tests' apps keep attachment bytes: never the real folder. */
export const testAttachmentsDir = `${repoRoot}.data/test-attachments`;

type Options = {
  /** The demo account every request is signed in as; null for none. Default: police. */
  as?: string | null;
  now?: AppDeps['now'];
  loginLimit?: AppDeps['loginLimit'];
  publicLimits?: AppDeps['publicLimits'];
  /** 0: compute risk and indicators anew on every request (a reference to compare with). */
  answerCacheBytes?: number;
  /** Serve the built web app too, as production does (its catch-all routes change matching). */
  withWeb?: boolean;
};

/**
 * A pool of the app's own role over the test database, acting in the test commune (the pool's
 * `ntm.commune_code`: without it the commune wall of migration 0005 shows the role no row).
 */
export const appRolePool = (max: number) =>
  connect(inject('appDatabaseUrl'), { max, communeCode }).sql;

/** Signs in through the API and returns the session cookie (`name=value`). */
export async function login(
  app: ReturnType<typeof createApp>,
  username: string,
  password = demoPassword,
) {
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${username}: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

/**
 * The app over the seeded test database, as a handler (no socket); closed after the file. The
 * app connects as its own role (row-level security applies); `sql` is the owner, for checks.
 */
export function testApp(options: Options = {}) {
  const appSql = connect(inject('appDatabaseUrl'), { max: 4, communeCode }).sql;
  const sql = postgres(inject('databaseUrl'), { max: 2, onnotice: () => {} });
  afterAll(() => Promise.all([appSql.end(), sql.end()]));
  const app = createApp(
    {
      sql: appSql,
      env: { COMMUNE_CODE: communeCode, ATTACHMENTS_DIR: testAttachmentsDir },
      // Rate windows of its own: no test app counts into another's limits by accident.
      limitScope: randomUUID(),
      ...(options.now ? { now: options.now } : {}),
      ...(options.loginLimit ? { loginLimit: options.loginLimit } : {}),
      ...(options.publicLimits ? { publicLimits: options.publicLimits } : {}),
      ...(options.answerCacheBytes !== undefined
        ? { answerCacheBytes: options.answerCacheBytes }
        : {}),
    },
    options.withWeb ? { webDist: `${repoRoot}web/dist` } : {},
  );
  const username = options.as === undefined ? 'congan' : options.as;
  let cookie: Promise<string> | null = null;
  const session = () => {
    if (username === null) return Promise.resolve('');
    cookie ??= login(app, username);
    return cookie;
  };
  const request = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    const value = await session();
    if (value && !headers.has('cookie')) headers.set('cookie', value);
    // As a browser does for a same-origin fetch; the CSRF check looks at it.
    if (!headers.has('origin')) headers.set('origin', 'http://localhost');
    return app.request(path, { ...init, headers });
  };
  const sendJson = (method: string, path: string, body: unknown) =>
    request(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, sql, request, sendJson };
}

/** The demo account of each staff role (the seed's; ARCHITECTURE.md §4 says what each may do). */
const staffAccounts = {
  police: 'congan',
  culture: 'vanhoa',
  health: 'tramyte',
  leadership: 'lanhdao',
  admin: 'admin',
} as const;

/**
 * One app per staff role, each signed in as that role's demo account: take the roles the file
 * needs, `const { police, culture } = staffApps({ now })`. An app a file does not take never
 * connects nor signs in.
 */
export function staffApps(options: Omit<Options, 'as'> = {}) {
  const app = (role: keyof typeof staffAccounts) =>
    testApp({ ...options, as: staffAccounts[role] });
  return {
    police: app('police'),
    culture: app('culture'),
    health: app('health'),
    leadership: app('leadership'),
    admin: app('admin'),
  };
}

/** The error shape of ARCHITECTURE.md §3. */
export async function expectErrorShape(response: Response, status: number) {
  const { expect } = await import('vitest');
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(typeof body.error.code).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // never a stack trace
  return body.error;
}
