// The server as `npm start` runs it (api/src/index.ts, its own process) stopped with SIGTERM in
// the middle of a write: readiness had said 200 and liveness is separate; the write that was in
// flight finishes and is stored whole (the tip and its audit entry); no new connection is taken
// once it stops; the process ends by itself with status 0.
import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startChildServer } from '../../scripts/src/server/child-server';
import { communeCode, demoPassword, testAttachmentsDir } from '../helpers/test-app';

const owner = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
let child: ChildProcess | undefined;
afterAll(async () => {
  child?.kill('SIGKILL');
  await owner.end();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server as `npm start` runs it, over the test database; killed after the file. */
async function startServer(extraEnv: Record<string, string> = {}) {
  const server = await startChildServer({
    APP_DATABASE_URL: inject('appDatabaseUrl'),
    COMMUNE_CODE: communeCode,
    ATTACHMENTS_DIR: testAttachmentsDir,
    ...extraEnv,
  });
  child = server.child;
  return { ...server, process: server.child };
}

/** A POST whose body is sent in two halves, the second only when `rest()` is called. */
function slowPost(url: string, path: string, cookie: string, body: string) {
  const req = request(`${url}${path}`, {
    method: 'POST',
    headers: {
      cookie,
      origin: url,
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
    },
  });
  const answer = new Promise<{ status: number; body: string; connection?: string }>(
    (resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text, connection: res.headers.connection }),
        );
      });
      req.on('error', reject);
    },
  );
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { answer, rest: () => req.end(body.slice(half)) };
}

describe('a graceful stop', () => {
  it('finishes the write in flight, takes no new connection, and exits 0', async () => {
    const { url, process: server, exited, output } = await startServer();
    expect((await fetch(`${url}/api/health/live`)).status).toBe(200);
    const ready = await fetch(`${url}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', db: 'ok' });

    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ username: 'congan', password: demoPassword }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;

    const description = `Tin báo gửi dở khi máy chủ dừng ${Date.now()}`;
    const write = slowPost(
      url,
      '/api/tips',
      cookie,
      JSON.stringify({
        channel: 'hotline',
        category: 'khac',
        description,
        address: 'Thôn Bằng Sơn',
      }),
    );
    await pause(300); // the request has reached the server and waits for the rest of its body
    server.kill('SIGTERM');
    await pause(500);

    // Stopping: no new connection is taken (liveness fails with it: the process is going).
    await expect(fetch(`${url}/api/health/live`)).rejects.toThrow();
    // The write in flight ends as it would have: stored, with its audit entry, in one piece.
    write.rest();
    const answered = await write.answer;
    expect(answered.status).toBe(201);
    expect(answered.connection).toBe('close');
    const { id } = JSON.parse(answered.body) as { id: number };
    const [stored] = await owner<[{ tips: number; audits: number }]>`
      select (select count(*)::int from tips where id = ${id} and description = ${description}) as tips,
             (select count(*)::int from audit_log where entity = 'tip' and entity_id = ${String(id)}) as audits`;
    expect(stored).toEqual({ tips: 1, audits: 1 });

    expect(await exited).toBe(0);
    expect(output()).toContain('Stopped.');
  }, 60_000);

  it('says not ready at once, while it still serves for the delay the balancer needs', async () => {
    const { url, process: server, exited } = await startServer({ SHUTDOWN_DELAY_MS: '1500' });
    expect((await fetch(`${url}/api/health/ready`)).status).toBe(200);
    server.kill('SIGTERM');
    await pause(300);
    const ready = await fetch(`${url}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'stopping', db: null });
    expect(ready.headers.get('connection')).toBe('close');
    expect((await fetch(`${url}/api/health/live`)).status).toBe(200);
    expect(await exited).toBe(0);
  }, 60_000);
});
