import { describe, expect, it } from 'vitest';
import { handClock } from '../helpers/hand-clock';
import { demoPassword, expectErrorShape, login, testApp } from '../helpers/test-app';

const { now, advance } = handClock('2026-06-01T08:00:00Z');
const { app, sql } = testApp({ as: null, now, loginLimit: { max: 1_000, windowMs: 60_000 } });

const post = (path: string, body: unknown, cookie = '') =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost', cookie },
    body: JSON.stringify(body),
  });
const me = (cookie: string) => app.request('/api/auth/me', { headers: { cookie } });

describe('login and sessions', () => {
  it('signs in with the demo password and sets a safe session cookie', async () => {
    const response = await post('/api/auth/login', { username: 'lanhdao', password: demoPassword });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      user: { username: 'lanhdao' },
      role: 'leadership',
      village: null,
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ntm_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure when served over TLS', async () => {
    const response = await app.request('https://gis.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://gis.example' },
      body: JSON.stringify({ username: 'lanhdao', password: demoPassword }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('tells a village head which village is theirs', async () => {
    const [v] = await sql<
      [{ slug: string; id: number; name: string }]
    >`select id, slug, name from villages order by id limit 1`;
    const body = await (
      await post('/api/auth/login', { username: `thon-${v.slug}`, password: demoPassword })
    ).json();
    expect(body).toMatchObject({ role: 'village', village: { id: v.id, name: v.name } });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await expectErrorShape(
      await post('/api/auth/login', { username: 'vanhoa', password: 'x' }),
      401,
    );
    const unknown = await expectErrorShape(
      await post('/api/auth/login', { username: 'nobody', password: 'x' }),
      401,
    );
    expect(wrong).toEqual(unknown);
  });

  it('answers 401 without a session and with a made-up one', async () => {
    expect((await expectErrorShape(await me(''), 401)).code).toBe('unauthenticated');
    expect((await expectErrorShape(await me('ntm_session=forged'), 401)).code).toBe(
      'session-expired',
    );
  });

  it('gives a new session id at every login and ends the old one', async () => {
    const first = await login(app, 'congan');
    const response = await post(
      '/api/auth/login',
      { username: 'congan', password: demoPassword },
      first,
    );
    const second = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect(second).not.toBe(first);
    expect((await me(second)).status).toBe(200);
    expect((await me(first)).status).toBe(401);
  });

  it('logout really ends the session on the server', async () => {
    const cookie = await login(app, 'congan');
    expect((await me(cookie)).status).toBe(200);
    expect((await post('/api/auth/logout', {}, cookie)).status).toBe(204);
    expect((await me(cookie)).status).toBe(401);
  });

  it('notices at once a session ended elsewhere (another process, an admin), even while in use', async () => {
    const cookie = await login(app, 'lanhdao');
    expect((await me(cookie)).status).toBe(200);
    await sql`update sessions set ended_at = now() where ended_at is null and user_id = (select id from users where username = 'lanhdao')`;
    expect((await expectErrorShape(await me(cookie), 401)).code).toBe('session-expired');
  });

  it('expires a session idle for 30 minutes', async () => {
    const cookie = await login(app, 'vanhoa');
    advance(29 * 60_000);
    expect((await me(cookie)).status).toBe(200);
    advance(29 * 60_000); // idle again, counted from the last use
    expect((await me(cookie)).status).toBe(200);
    advance(31 * 60_000);
    expect((await expectErrorShape(await me(cookie), 401)).code).toBe('session-expired');
  });

  it('expires a session 12 hours after login however busy it was', async () => {
    const cookie = await login(app, 'vanhoa');
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      advance(20 * 60_000);
      expect((await me(cookie)).status).toBe(200);
    }
    advance(25 * 60_000);
    expect((await me(cookie)).status).toBe(401);
  });

  it('delays tries after five wrong passwords with the same one answer, then lets the owner in', async () => {
    for (let i = 0; i < 5; i++) {
      await expectErrorShape(
        await post('/api/auth/login', { username: 'tramyte', password: `wrong-${i}` }),
        401,
      );
    }
    const delayed = await post('/api/auth/login', { username: 'tramyte', password: demoPassword });
    expect((await expectErrorShape(delayed, 401)).code).toBe('invalid-credentials');
    advance(60_000);
    expect(
      (await post('/api/auth/login', { username: 'tramyte', password: demoPassword })).status,
    ).toBe(200);
  });

  it('audits logins and failures without the password or the session id', async () => {
    const cookie = await login(app, 'admin');
    await post('/api/auth/login', { username: 'admin', password: 'canary-password-123' });
    const rows =
      await sql`select action, diff::text as diff, client_hash from audit_log where entity = 'user' order by id`;
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['login', 'login-failed']));
    const dump = JSON.stringify(await sql`select * from audit_log`);
    expect(dump).not.toContain('canary-password-123');
    expect(dump).not.toContain(cookie.split('=')[1]);
  });
});

describe('login rate limit per address', () => {
  const limited = testApp({ as: null, loginLimit: { max: 3, windowMs: 60_000 } });

  it('answers 429 with Retry-After once the window is used up', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await limited.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'congan', password: 'wrong' }),
      });
      expect(response.status).toBe(401);
    }
    const refused = await limited.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'congan', password: demoPassword }),
    });
    expect((await expectErrorShape(refused, 429)).code).toBe('rate-limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
