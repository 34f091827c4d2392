import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { demoPassword, openPage, phone, signIn, waitForMap } from '../helpers/pages';

const e2e = e2eSuite();

describe('the first login with a temporary password', () => {
  it('asks for a new password, then opens the map', async () => {
    const admin = await openPage(e2e.browser, phone);
    const api = admin.page.context().request;
    const headers = { origin: e2e.server.url };
    await api.post(`${e2e.server.url}/api/auth/login`, {
      headers,
      data: { username: 'admin', password: demoPassword },
    });
    const created = await api.post(`${e2e.server.url}/api/users`, {
      headers,
      data: { username: 'canbo-moi', displayName: 'Cán bộ Mới', role: 'culture' },
    });
    expect(created.status()).toBe(201);
    const { temporaryPassword } = (await created.json()) as { temporaryPassword: string };
    await admin.close();

    const user = await openPage(e2e.browser, phone);
    await signIn(user.page, e2e.server.url, 'canbo-moi', temporaryPassword);
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

    const [row] = await e2e.server.sql`
      select must_change_password from users where username = 'canbo-moi'`;
    expect(row?.must_change_password).toBe(false);
  });
});
