// Two processes of the real server (api/src/index.ts, as `npm start` runs it) over the one test
// database, as two upstreams behind nginx would be (deploy/nginx/ntm.conf): a session opened on
// one works on the other and a logout on one is refused on the other at once; the login limit
// and the login throttle's delays are counted in PostgreSQL (rate_windows), so hits on both add
// up to one limit. Each test's requests come from an address of its own, sent as a trusted
// proxy would (X-Forwarded-For from 127.0.0.1), so no test counts into another's windows.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ChildServer, startChildServer } from '../../scripts/src/server/child-server';
import { communeCode, demoPassword, testAttachmentsDir } from '../helpers/test-app';

let a: ChildServer;
let b: ChildServer;

/** One app process over the test database, behind a proxy on 127.0.0.1, with the shared key. */
const startProcess = () =>
  startChildServer({
    APP_DATABASE_URL: inject('appDatabaseUrl'),
    COMMUNE_CODE: communeCode,
    ATTACHMENTS_DIR: testAttachmentsDir,
    TRUSTED_PROXIES: '127.0.0.1',
    AUDIT_HASH_KEY: 'the-same-key-on-every-process',
  });

beforeAll(async () => {
  [a, b] = await Promise.all([startProcess(), startProcess()]);
});

afterAll(async () => {
  for (const server of [a, b]) server?.child.kill('SIGTERM');
  await Promise.all([a?.exited, b?.exited]);
});

/** A login sent to `server` for a client at `from`. */
const login = (server: ChildServer, from: string, username: string, password: string) =>
  fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, 'x-forwarded-for': from },
    body: JSON.stringify({ username, password }),
  });

const me = (server: ChildServer, cookie: string) =>
  fetch(`${server.url}/api/auth/me`, { headers: { cookie } });

describe('two app processes over one database', () => {
  it('share sessions: a logout on one is refused on the other at once', async () => {
    const signedIn = await login(a, '203.0.113.10', 'lanhdao', demoPassword);
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect((await me(b, cookie)).status).toBe(200);
    const out = await fetch(`${a.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, origin: a.url },
    });
    expect(out.status).toBe(204);
    expect((await me(b, cookie)).status).toBe(401);
    expect((await me(a, cookie)).status).toBe(401);
  });

  it('count one login limit: 20 tries per address across both, then 429 on either', async () => {
    const from = '203.0.113.20';
    for (let i = 0; i < 20; i++) {
      const server = i % 2 === 0 ? a : b;
      expect((await login(server, from, 'khong-co-ai', `sai-${i}`)).status).toBe(401);
    }
    for (const server of [a, b]) {
      const refused = await login(server, from, 'khong-co-ai', 'sai');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Another address is counted on its own.
    expect((await login(b, '203.0.113.21', 'khong-co-ai', 'sai')).status).toBe(401);
  });

  it('hold a login delay earned on one process on the other', async () => {
    const from = '203.0.113.30';
    // Four wrong passwords are free; the fifth starts a 15 s delay for this name and address.
    for (let i = 0; i < 5; i++) {
      expect((await login(a, from, 'tramyte', `sai-${i}`)).status).toBe(401);
    }
    expect((await login(b, from, 'tramyte', demoPassword)).status).toBe(401);
    // The owner from their own address is not held (and clears the account's failure count).
    expect((await login(b, '203.0.113.31', 'tramyte', demoPassword)).status).toBe(200);
  });
});
