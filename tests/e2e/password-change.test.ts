// A new account's first login: the temporary password from the admin must be replaced before
// the map opens.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, startE2e, stopE2e, type TestServer } from '../helpers/e2e';
import { demoPassword, openPage, phone, signIn, waitForMap } from '../helpers/pages';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startE2e());
});

afterAll(() => stopE2e(server, browser));

describe('the first login with a temporary password', () => {
  it('asks for a new password, then opens the map', async () => {
    const admin = await openPage(browser, phone);
    const api = admin.page.context().request;
    const headers = { origin: server.url };
    await api.post(`${server.url}/api/auth/login`, {
      headers,
      data: { username: 'admin', password: demoPassword },
    });
    const created = await api.post(`${server.url}/api/users`, {
      headers,
      data: { username: 'canbo-moi', displayName: 'Cán bộ Mới', role: 'culture' },
    });
    expect(created.status()).toBe(201);
    const { temporaryPassword } = (await created.json()) as { temporaryPassword: string };
    await admin.close();

    const user = await openPage(browser, phone);
    await signIn(user.page, server.url, 'canbo-moi', temporaryPassword);
    await user.page.getByRole('heading', { name: 'Đổi mật khẩu tạm thời' }).waitFor();
    await user.page.getByLabel('Mật khẩu tạm (hiện tại)').fill(temporaryPassword);
    await user.page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan');
    await user.page.getByLabel('Nhập lại mật khẩu mới').fill('ngan');
    await user.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await user.page.getByRole('alert').filter({ hasText: 'ít nhất 10 ký tự' }).waitFor();
    await user.page.screenshot({ path: `${artifacts}/password-change-phone.png` });

    await user.page.getByLabel('Mật khẩu mới', { exact: true }).fill('Sen-hong-2026!');
    await user.page.getByLabel('Nhập lại mật khẩu mới').fill('Sen-hong-2026!');
    await user.page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await waitForMap(user.page);
    expect(user.errors).toEqual([]);
    await user.close();

    const [row] = await server.sql`
      select must_change_password from users where username = 'canbo-moi'`;
    expect(row?.must_change_password).toBe(false);
  });
});
