import { createApp } from '@ntm/api/app';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';

export const communeCode = '11284';

/** The app over the seeded test database, as a handler (no socket); closed after the file. */
export function testApp() {
  const sql = postgres(inject('databaseUrl'), { max: 4, onnotice: () => {} });
  afterAll(() => sql.end());
  const app = createApp({ sql, env: { COMMUNE_CODE: communeCode } });
  const request = (path: string, init?: RequestInit) => app.request(path, init);
  const sendJson = (method: string, path: string, body: unknown) =>
    app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, sql, request, sendJson };
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
