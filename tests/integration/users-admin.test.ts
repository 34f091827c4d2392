import { describe, expect, it } from 'vitest';
import { expectErrorShape, login, testApp } from '../helpers/test-app';

const admin = testApp({ as: 'admin' });
const { app, sql, sendJson, request } = admin;

async function villageId(offset = 0) {
  const [row] = await sql<
    [{ id: number }]
  >`select id from villages where geom is not null order by id offset ${offset} limit 1`;
  return row.id;
}

/** An account the admin creates, and its temporary password. */
async function newAccount(body: { username: string; displayName: string; role: string }) {
  const response = await sendJson('POST', '/api/users', body);
  expect(response.status).toBe(201);
  return (await response.json()) as { user: { id: number }; temporaryPassword: string };
}

describe('the admin manages accounts', () => {
  it('lists accounts without any password hash', async () => {
    const body = await (await request('/api/users')).text();
    // 5 roles + a head for each of the 21 villages of today (24 before the 1 July 2025 merger).
    expect(JSON.parse(body).users.length).toBeGreaterThanOrEqual(26);
    expect(body).not.toContain('$argon2');
    expect(body).not.toMatch(/passwordHash|password_hash|"password"/i);
  });

  it('creates a village head whose temporary password works once given', async () => {
    const response = await sendJson('POST', '/api/users', {
      username: 'thon-moi',
      displayName: 'Trưởng thôn Mới',
      role: 'village',
      villageId: await villageId(3),
    });
    expect(response.status).toBe(201);
    const { user, temporaryPassword } = (await response.json()) as {
      user: { id: number };
      temporaryPassword: string;
    };
    expect(temporaryPassword).toMatch(/^[\w-]{16}$/);
    expect(await login(app, 'thon-moi', temporaryPassword)).toMatch(/^ntm_session=/);
    const [row] = await sql<
      [{ password_hash: string }]
    >`select password_hash from users where id = ${user.id}`;
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a taken username, a village head without a village and an unknown village', async () => {
    const refused: [body: object, status: number][] = [
      [{ username: 'congan', displayName: 'x', role: 'police' }, 409],
      [{ username: 'thon-x', displayName: 'x', role: 'village' }, 422],
      [{ username: 'thon-y', displayName: 'x', role: 'village', villageId: 99999 }, 422],
      [{ username: 'Có Dấu', displayName: 'x', role: 'police' }, 400],
    ];
    for (const [body, status] of refused) {
      await expectErrorShape(await sendJson('POST', '/api/users', body), status);
    }
  });

  it('deactivating an account ends its sessions at once', async () => {
    const created = await newAccount({
      username: 'canbo-tam',
      displayName: 'Cán bộ tạm',
      role: 'culture',
    });
    const cookie = await login(app, 'canbo-tam', created.temporaryPassword);
    expect((await app.request('/api/auth/me', { headers: { cookie } })).status).toBe(200);
    const response = await sendJson('PATCH', `/api/users/${created.user.id}`, { active: false });
    expect(response.status).toBe(200);
    expect((await app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
    await expectErrorShape(
      await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'canbo-tam', password: created.temporaryPassword }),
      }),
      401,
    );
  });

  it('resets a password: the old one stops working, the new one works', async () => {
    const created = await newAccount({
      username: 'canbo-quen',
      displayName: 'Cán bộ quên',
      role: 'health',
    });
    const reset = (await (
      await sendJson('POST', `/api/users/${created.user.id}/password`, {})
    ).json()) as {
      temporaryPassword: string;
    };
    expect(reset.temporaryPassword).not.toBe(created.temporaryPassword);
    await expect(login(app, 'canbo-quen', created.temporaryPassword)).rejects.toThrow(/401/);
    expect(await login(app, 'canbo-quen', reset.temporaryPassword)).toMatch(/^ntm_session=/);
    const audit = JSON.stringify(await sql`select diff from audit_log where entity = 'user'`);
    expect(audit).not.toContain(reset.temporaryPassword);
  });

  it('keeps the admin from locking themselves out', async () => {
    const [me] = await sql<[{ id: number }]>`select id from users where username = 'admin'`;
    await expectErrorShape(await sendJson('PATCH', `/api/users/${me.id}`, { active: false }), 409);
    await expectErrorShape(await sendJson('PATCH', `/api/users/${me.id}`, { role: 'police' }), 409);
  });

  it('answers 404 for an unknown account and 400 for an empty change', async () => {
    await expectErrorShape(await sendJson('PATCH', '/api/users/999999', { active: false }), 404);
    await expectErrorShape(await sendJson('PATCH', `/api/users/${await villageId()}`, {}), 400);
  });
});
