// A temporary password (an admin's create or reset) must be changed at the next login before
// anything else; the change ends the account's other sessions.
import { describe, expect, it } from 'vitest';
import { expectErrorShape, login, testApp } from '../helpers/test-app';

const admin = testApp({ as: 'admin' });
const { app, sql } = admin;

const as = (cookie: string, path: string, init: RequestInit = {}) =>
  app.request(path, {
    ...init,
    headers: { cookie, origin: 'http://localhost', 'content-type': 'application/json' },
  });
const change = (cookie: string, body: unknown) =>
  as(cookie, '/api/auth/password', { method: 'POST', body: JSON.stringify(body) });

describe('a temporary password', () => {
  it('allows nothing but seeing who one is, changing it and logging out', async () => {
    const created = await admin.sendJson('POST', '/api/users', {
      username: 'canbo-doimk',
      displayName: 'Cán bộ Tạm',
      role: 'culture',
    });
    const { temporaryPassword } = (await created.json()) as { temporaryPassword: string };
    const first = await login(app, 'canbo-doimk', temporaryPassword);
    const second = await login(app, 'canbo-doimk', temporaryPassword);

    const me = (await (await as(first, '/api/auth/me')).json()) as { mustChangePassword: boolean };
    expect(me.mustChangePassword).toBe(true);
    const refused = await expectErrorShape(await as(first, '/api/businesses'), 403);
    expect(refused.code).toBe('password-change-required');

    // Wrong current password, same password, too short, containing the username: refused.
    const bad = [
      [{ currentPassword: 'sai', newPassword: 'mot-mat-khau-dai' }, 422, 'wrong-password'],
      [
        { currentPassword: temporaryPassword, newPassword: temporaryPassword },
        422,
        'password-unchanged',
      ],
      [{ currentPassword: temporaryPassword, newPassword: 'ngan' }, 400, 'invalid-request'],
      [
        { currentPassword: temporaryPassword, newPassword: 'x-canbo-doimk-2026' },
        422,
        'password-weak',
      ],
    ] as const;
    for (const [body, status, code] of bad) {
      expect((await expectErrorShape(await change(first, body), status)).code).toBe(code);
    }

    const changed = await change(first, {
      currentPassword: temporaryPassword,
      newPassword: 'Hoa-sen-nở-2026',
    });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(
      false,
    );

    expect((await as(first, '/api/businesses')).status).toBe(200); // this session goes on
    await expectErrorShape(await as(second, '/api/auth/me'), 401); // the other one ended
    await expect(login(app, 'canbo-doimk', temporaryPassword)).rejects.toThrow(/401/);
    expect(await login(app, 'canbo-doimk', 'Hoa-sen-nở-2026')).toMatch(/^ntm_session=/);

    const audit = await sql`
      select a.action, a.diff from audit_log a join users u on u.id::text = a.entity_id
      where u.username = 'canbo-doimk' and a.entity = 'user' and a.action = 'update'`;
    expect(audit).toEqual([{ action: 'update', diff: { password: 'changed by the user' } }]);
    expect(JSON.stringify(audit)).not.toContain('Hoa-sen');
  });

  it('comes back after an admin resets it', async () => {
    const [user] = await sql<[{ id: number }]>`select id from users where username = 'canbo-doimk'`;
    const reset = await admin.sendJson('POST', `/api/users/${user.id}/password`, {});
    const { temporaryPassword } = (await reset.json()) as { temporaryPassword: string };
    const cookie = await login(app, 'canbo-doimk', temporaryPassword);
    const me = (await (await as(cookie, '/api/auth/me')).json()) as { mustChangePassword: boolean };
    expect(me.mustChangePassword).toBe(true);
  });
});
