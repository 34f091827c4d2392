import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoPassword } from '../helpers/test-app';
import { startTestServer } from '../helpers/test-server';

// Over a real socket, so the server sees a real client address (127.0.0.1) to leak or not.
let server: Awaited<ReturnType<typeof startTestServer>>;
const printed: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server?.stop();
});

describe('secrets never leave where they belong', () => {
  it('keeps session ids, password hashes and the client address out of answers, logs and audit rows', async () => {
    const answers: string[] = [];
    const call = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${server.url}${path}`, init);
      answers.push(`${[...response.headers].join('\n')}\n${await response.text()}`);
      return response;
    };
    const canaryPassword = 'canary-Pa55-word';
    await call('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'congan', password: canaryPassword }),
    });
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'congan', password: demoPassword }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const sessionId = cookie.split('=')[1] as string;
    const headers = { cookie, origin: server.url, 'content-type': 'application/json' };
    await call('/api/auth/me', { headers });
    await call('/api/businesses?bbox=1,2,3', { headers });
    await call('/api/businesses', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [105.8, 21] },
        properties: {},
      }),
    });
    await call('/api/businesses/1', {
      method: 'PATCH',
      headers,
      body: '{"properties":{"status":"closed"}}',
    });
    // A wrong current password and a refused new one: neither comes back or gets recorded.
    await call('/api/auth/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ currentPassword: canaryPassword, newPassword: `${canaryPassword}-2` }),
    });
    await call('/api/auth/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        currentPassword: demoPassword,
        newPassword: canaryPassword.slice(0, 5),
      }),
    });
    await call('/api/auth/logout', { method: 'POST', headers });

    const audit = JSON.stringify(await server.sql`select * from audit_log`);
    const hashes = (await server.sql<{ h: string }[]>`select password_hash as h from users`).map(
      (r) => r.h,
    );
    const everything = [...answers, ...printed, audit].join('\n');
    expect(sessionId.length).toBeGreaterThan(20);
    expect(everything).not.toContain(sessionId);
    expect(everything).not.toContain(canaryPassword);
    expect(everything).not.toContain('$argon2');
    for (const hash of hashes) expect(everything).not.toContain(hash);
    expect(audit).not.toContain('127.0.0.1');
    expect(audit).toMatch(/"client_hash":"[0-9a-f]{64}"/);
  });
});
