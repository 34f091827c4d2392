import { describe, expect, it } from 'vitest';
import { handClock } from '../helpers/hand-clock';
import { expectErrorShape, login, testApp } from '../helpers/test-app';

const { now, advance } = handClock('2026-03-01T08:00:00Z');
const { app, sql } = testApp({ as: null, now });

const withCookie = async (path: string, init: RequestInit = {}) =>
  app.request(path, {
    ...init,
    headers: {
      cookie: await login(app, 'congan'),
      origin: 'http://localhost',
      'content-type': 'application/json',
    },
  });
const withToken = (token: string, path: string, init: RequestInit = {}) =>
  app.request(path, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });

async function newToken(name = 'QGIS', expiresInDays = 30) {
  const response = await withCookie('/api/auth/tokens', {
    method: 'POST',
    body: JSON.stringify({ name, expiresInDays }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: number; token: string; expiresAt: string };
}

describe('personal API tokens', () => {
  it('shows a new token once and never again, and stores only its hash', async () => {
    const { id, token } = await newToken();
    expect(token).toMatch(/^ntm_[\w-]{43}$/);
    const list = await (await withCookie('/api/auth/tokens')).text();
    expect(list).toContain('"QGIS"');
    expect(list).not.toContain(token);
    const [row] = await sql<
      [{ token_hash: string }]
    >`select token_hash from api_tokens where id = ${id}`;
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await sql`select * from api_tokens`)).not.toContain(token);
  });

  it('lets a machine client read and write as its owner, without cookie or Origin', async () => {
    const { token } = await newToken();
    const me = await (await withToken(token, '/api/auth/me')).json();
    expect(me).toMatchObject({ user: { username: 'congan' }, role: 'police' });
    const list = await withToken(token, '/api/businesses?type=karaoke');
    expect(list.status).toBe(200);
    const [first] = await sql<
      [{ id: number }]
    >`select id::int from businesses where deleted_at is null order by id limit 1`;
    const patched = await withToken(token, `/api/businesses/${first.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ properties: { reviewedAt: '2026-03-01' } }),
    });
    expect(patched.status).toBe(200);
  });

  it('cannot mint or revoke tokens with a token', async () => {
    const { id, token } = await newToken();
    await expectErrorShape(
      await withToken(token, '/api/auth/tokens', { method: 'POST', body: '{"name":"x"}' }),
      403,
    );
    await expectErrorShape(
      await withToken(token, `/api/auth/tokens/${id}`, { method: 'DELETE' }),
      403,
    );
  });

  it('stops working once revoked', async () => {
    const { id, token } = await newToken();
    expect((await withCookie(`/api/auth/tokens/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await expectErrorShape(await withToken(token, '/api/auth/me'), 401)).code).toBe(
      'invalid-token',
    );
    await expectErrorShape(await withCookie(`/api/auth/tokens/${id}`, { method: 'DELETE' }), 404);
  });

  it('stops working once expired', async () => {
    const { token } = await newToken('ngắn hạn', 1);
    expect((await withToken(token, '/api/auth/me')).status).toBe(200);
    advance(86_400_000 + 1);
    await expectErrorShape(await withToken(token, '/api/auth/me'), 401);
  });

  it('refuses a malformed or unknown token, and does not fall back to a cookie', async () => {
    await expectErrorShape(await withToken('not-a-token', '/api/auth/me'), 401);
    await expectErrorShape(await withToken(`ntm_${'x'.repeat(43)}`, '/api/auth/me'), 401);
    const cookie = await login(app, 'congan');
    const both = await app.request('/api/auth/me', {
      headers: { cookie, authorization: 'Bearer nope-nope-nope-nope-nope' },
    });
    expect(both.status).toBe(401);
  });

  it('refuses a lifetime over a year', async () => {
    await expectErrorShape(
      await withCookie('/api/auth/tokens', {
        method: 'POST',
        body: '{"name":"x","expiresInDays":400}',
      }),
      400,
    );
  });
});
