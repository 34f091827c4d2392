// The server as `npm start` runs it (api/src/index.ts, its own connection from db/src/client.ts),
// not the app built by the test helpers: a write that stores JSON and an audit row must work
// there too. A client setting that differs between the two once broke every audited write in
// the running app while all the handler tests passed.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { repoRoot } from '@ntm/db/local/paths';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let child: ChildProcess;
let base: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(`${repoRoot}node_modules/.bin/tsx`, ['api/src/index.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: inject('databaseUrl'),
      APP_DATABASE_URL: inject('appDatabaseUrl'),
      PORT: String(port),
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (let i = 0; i < 150; i++) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not come up');
}, 60_000);

afterAll(() => {
  child?.kill('SIGTERM');
});

describe('the server as npm start runs it', () => {
  it('stores an audited write with JSON in it, and reads it back', async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        username: 'admin',
        password: process.env.DEMO_PASSWORD || 'demo-2026',
      }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const event = { name: 'Sự kiện kiểm tra máy chủ', from: '2027-05-10', to: '2027-05-11' };
    const created = await fetch(`${base}/api/seasons/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', cookie },
      body: JSON.stringify(event),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const read = (await (
      await fetch(`${base}/api/seasons?year=2027`, { headers: { cookie } })
    ).json()) as {
      events: { id: number; name: string }[];
    };
    expect(read.events).toContainEqual(expect.objectContaining({ id, name: event.name }));
    const audit = (await (
      await fetch(`${base}/api/audit?entity=local-event&entityId=${id}`, { headers: { cookie } })
    ).json()) as { entries: { action: string; diff: { after: { name: string } } }[] };
    expect(audit.entries[0]?.diff.after.name).toBe(event.name);
    const removed = await fetch(`${base}/api/seasons/events/${id}`, {
      method: 'DELETE',
      // As a browser sends it; the CSRF guard refuses a cookie-carrying DELETE without.
      headers: { cookie, origin: base },
    });
    expect(removed.status).toBe(204);
  });
});
