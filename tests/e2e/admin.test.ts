import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import {
  demoPassword,
  desktop,
  openPage as openBrowserPage,
  phone,
  signIn as signInAt,
  waitForMap,
} from '../helpers/pages';

/** The account the admin creates; a new one, so no other test's demo account is touched. */
const newUsername = 'thon-e2e';
/** "30/11/2026": a day as the commune writes it. */
const communeDay = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});
const e2e = e2eSuite();

const openPage = (viewport: { width: number; height: number }) =>
  openBrowserPage(e2e.browser, viewport);

/** Signs in through the login page at `path` (the map unless said otherwise). */
const signIn = (page: Page, username: string, password = demoPassword, path = '/') =>
  signInAt(page, `${e2e.server.url}${path}`, username, password);

/** Whether `username` can sign in with `password` (the header then names the account). */
async function canSignIn(username: string, password: string): Promise<boolean> {
  const { page, close } = await openPage(desktop);
  await signIn(page, username, password);
  const signedIn = page.getByRole('button', { name: 'Đăng xuất' });
  const refused = page.getByRole('alert').filter({ hasText: 'không đúng' });
  await signedIn.or(refused).first().waitFor();
  const result = await signedIn.isVisible();
  await close();
  return result;
}

const header = (page: Page) => page.locator('header.app-header');
const userRow = (page: Page, username: string) => page.locator(`tr[data-username="${username}"]`);

/** Reads the one-time password from its dialog, checks it cannot be dismissed by Esc, closes it. */
async function takeTemporaryPassword(page: Page, username: string, screenshot?: string) {
  const dialog = page.getByRole('dialog', { name: `Mật khẩu tạm thời của ${username}` });
  await dialog.waitFor();
  const password = await dialog.getByLabel('Mật khẩu tạm thời').inputValue();
  expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
  expect(await dialog.getByText('chỉ hiện MỘT LẦN').isVisible()).toBe(true);
  await dialog.getByRole('button', { name: 'Sao chép' }).click();
  await dialog.getByRole('button', { name: 'Đã sao chép' }).waitFor();
  if (screenshot) await page.screenshot({ path: `${artifacts}/${screenshot}` });
  await page.keyboard.press('Escape');
  expect(await dialog.isVisible()).toBe(true);
  await dialog.getByRole('button', { name: 'Tôi đã ghi lại mật khẩu' }).click();
  await dialog.waitFor({ state: 'detached' });
  // Shown once: nowhere on the page any more.
  expect(await page.content()).not.toContain(password);
  return password;
}

describe('the administrator', () => {
  it('creates a village head, resets a password, deactivates the account and finds it all in the audit log', async () => {
    const { page, errors, close } = await openPage(desktop);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, 'admin');
    await waitForMap(page);
    await page.screenshot({ path: `${artifacts}/admin-map-desktop.png` });
    const nav = page.getByRole('navigation', { name: 'Các trang' });
    expect(await nav.getByRole('link', { name: 'Bản đồ' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await nav.getByRole('link', { name: 'Tài khoản' }).click();
    expect(new URL(page.url()).pathname).toBe('/quan-tri/nguoi-dung');
    await page.getByRole('heading', { name: 'Quản lý tài khoản' }).waitFor();
    await userRow(page, 'congan').waitFor();
    expect(await userRow(page, 'congan').textContent()).toContain('Công an xã');
    // The admin cannot deactivate themselves.
    const ownDeactivate = userRow(page, 'admin').getByRole('button', { name: 'Ngừng hoạt động' });
    expect(await ownDeactivate.isDisabled()).toBe(true);
    await page.screenshot({ path: `${artifacts}/admin-users-desktop.png`, fullPage: true });

    // Create: what is missing, then what the API refuses, is said next to the field.
    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm tài khoản' });
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Hãy nhập tên đăng nhập.').waitFor();
    expect(await form.getByText('Hãy nhập họ và tên.').isVisible()).toBe(true);
    expect(await form.getByText('Hãy chọn vai trò.').isVisible()).toBe(true);
    await form.getByLabel('Tên đăng nhập').fill('Thôn E2E');
    await form.getByLabel('Họ và tên').fill('Trưởng thôn thử nghiệm');
    await form.getByLabel('Vai trò').selectOption('village');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('phải gắn với một thôn').waitFor();
    const village = form.getByLabel('Thôn', { exact: true });
    await village.selectOption({ index: 1 });
    const villageName = (await village.locator('option:checked').textContent()) ?? '';
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Tên đăng nhập chỉ gồm chữ thường không dấu').waitFor();
    expect(await form.getByLabel('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: `${artifacts}/admin-create-error-desktop.png` });
    await form.getByLabel('Tên đăng nhập').fill('congan');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('đã có người dùng').waitFor();
    await form.getByLabel('Tên đăng nhập').fill(newUsername);
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const firstPassword = await takeTemporaryPassword(
      page,
      newUsername,
      'admin-temporary-password-desktop.png',
    );
    const row = userRow(page, newUsername);
    expect(await row.textContent()).toContain('Trưởng thôn');
    expect(await row.textContent()).toContain(villageName);
    expect(await canSignIn(newUsername, firstPassword)).toBe(true);

    // Reset: asked first, then the new password once; the first one stops working.
    await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    const confirmReset = page.getByRole('dialog', { name: `Đặt lại mật khẩu của ${newUsername}?` });
    await confirmReset.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    const secondPassword = await takeTemporaryPassword(page, newUsername);
    expect(secondPassword).not.toBe(firstPassword);
    expect(await canSignIn(newUsername, firstPassword)).toBe(false);
    expect(await canSignIn(newUsername, secondPassword)).toBe(true);

    // Enough changes that the audit log needs a second page (50 entries each), made through the
    // API as the page makes them.
    const userId = Number(
      new URL(
        (await row.getByRole('link', { name: /nhật ký/i }).getAttribute('href')) ?? '',
        e2e.server.url,
      ).searchParams.get('entityId'),
    );
    for (let i = 1; i <= 55; i += 1) {
      const response = await page.context().request.patch(`${e2e.server.url}/api/users/${userId}`, {
        data: { displayName: `Trưởng thôn thử nghiệm ${i}` },
      });
      expect(response.status()).toBe(200);
    }

    // Deactivate: asked first; the account then cannot sign in.
    await row.getByRole('button', { name: 'Ngừng hoạt động' }).click();
    const confirmOff = page.getByRole('dialog', {
      name: `Ngừng hoạt động tài khoản ${newUsername}?`,
    });
    await confirmOff.getByRole('button', { name: 'Ngừng hoạt động' }).click();
    await row.getByRole('button', { name: 'Kích hoạt lại' }).waitFor();
    expect(
      await page.getByRole('status').filter({ hasText: 'Đã ngừng hoạt động' }).isVisible(),
    ).toBe(true);
    expect(await canSignIn(newUsername, secondPassword)).toBe(false);

    // The audit log of that account, from its row: newest first, 50 and then the rest (the
    // creation, 2 sign-ins and a refused one, the reset, 55 renames, the deactivation).
    await row.getByRole('link', { name: /nhật ký/i }).click();
    await page.getByRole('heading', { name: 'Nhật ký hệ thống' }).waitFor();
    expect(new URL(page.url()).searchParams.get('entityId')).toBe(String(userId));
    await page.getByText('Đang hiện 50 mục').waitFor();
    const first = page.locator('tr[data-entry-id]').first();
    expect(await first.textContent()).toContain('Cập nhật');
    expect(await first.locator('time').textContent()).toMatch(
      /^\d{2}:\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/,
    );
    await first.getByRole('button', { name: 'Xem thay đổi' }).click();
    const diff = page.locator('.details-row .diff-table').first();
    expect(await diff.textContent()).toMatch(/Đang hoạt động\s*CóKhông/);
    await page.screenshot({ path: `${artifacts}/admin-audit-desktop.png` });
    await page.getByRole('button', { name: 'Tải thêm' }).click();
    await page.getByText('Đang hiện 61 mục').waitFor();
    expect(await page.getByText('Đã hiện hết nhật ký khớp bộ lọc.').isVisible()).toBe(true);
    const ids = await page
      .locator('tr[data-entry-id]')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-entry-id'))));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const text = (await page.locator('.audit-table').textContent()) ?? '';
    expect(text).toContain('Tạo mới');

    // Filter further by action with the form; the filters go into the address.
    await page.getByLabel('Hành động').selectOption('create');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByText('Đang hiện 1 mục').waitFor();
    expect(new URL(page.url()).searchParams.get('action')).toBe('create');
    const created = page.locator('tr[data-entry-id]').first();
    await created.getByRole('button', { name: 'Xem thay đổi' }).click();
    const createdDiff = (await page.locator('.details-row .diff-table').textContent()) ?? '';
    expect(createdDiff).toContain(newUsername);
    expect(createdDiff).toContain('Trưởng thôn');
    expect(createdDiff).toContain(`Thôn ${villageName}`);

    // The password reset is recorded without the password.
    await page.getByLabel('Hành động').selectOption('update');
    await page.getByLabel('Người thực hiện').selectOption({ label: 'admin – Quản trị hệ thống' });
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByText('Đang hiện 50 mục').waitFor();
    await page.getByRole('button', { name: 'Tải thêm' }).click();
    await page.getByText('Đang hiện 57 mục').waitFor();
    const reset = page.locator('tr[data-entry-id]').last();
    await reset.getByRole('button', { name: 'Xem thay đổi' }).click();
    await page.getByText('Đã đặt lại (mật khẩu không được ghi)').waitFor();

    // The browser's back button returns to the filters before.
    await page.goBack();
    await page.getByText('Đang hiện 1 mục').waitFor();
    await page.goBack();
    await page.getByText('Đang hiện 50 mục').waitFor();
    expect(new URL(page.url()).searchParams.get('action')).toBeNull();

    // Days are typed day/month/year and count in the commune's time, the last day included.
    const day = (offsetDays: number) =>
      communeDay.format(new Date(Date.now() + offsetDays * 24 * 3600_000));
    await page.getByLabel('Từ ngày').fill('31/02/2026');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByText('Ngày không hợp lệ').waitFor();
    await page.getByLabel('Từ ngày').fill(day(-1));
    await page.getByLabel('Đến ngày').fill(day(1));
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByText('Đang hiện 50 mục').waitFor();
    expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByLabel('Từ ngày').inputValue()).toBe(day(-1));
    await page.getByLabel('Từ ngày').fill(day(-3));
    await page.getByLabel('Đến ngày').fill(day(-2));
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByText('Không có mục nhật ký nào khớp bộ lọc.').waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('works on a phone: accounts as cards, the audit log readable', async () => {
    const { page, errors, close } = await openPage(phone);
    // A link straight to an admin page: the server sends the app, the app asks for a login.
    const response = await page.goto(`${e2e.server.url}/quan-tri/nguoi-dung`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await signIn(page, 'admin', demoPassword, '/quan-tri/nguoi-dung');
    await userRow(page, 'congan').waitFor();
    const card = await userRow(page, 'congan').boundingBox();
    expect(card?.width).toBeLessThanOrEqual(phone.width);
    // No sideways scrolling: the page is as wide as the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await page.screenshot({ path: `${artifacts}/admin-users-phone.png` });
    await userRow(page, 'congan').getByRole('button', { name: 'Sửa' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa tài khoản congan' });
    await edit.getByLabel('Vai trò').selectOption('village');
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await edit.getByText('phải gắn với một thôn').waitFor();
    await page.screenshot({ path: `${artifacts}/admin-edit-phone.png` });
    await edit.getByRole('button', { name: 'Huỷ' }).click();
    await edit.waitFor({ state: 'detached' });

    // An account made on the phone, its password dialog, and its creation in the audit log.
    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    const form = page.getByRole('dialog', { name: 'Thêm tài khoản' });
    await form.getByLabel('Tên đăng nhập').fill('thon-e2e-phone');
    await form.getByLabel('Họ và tên').fill('Trưởng thôn thử trên điện thoại');
    await form.getByLabel('Vai trò').selectOption('village');
    await form.getByLabel('Thôn', { exact: true }).selectOption({ index: 2 });
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await takeTemporaryPassword(page, 'thon-e2e-phone', 'admin-temporary-password-phone.png');

    const nav = page.getByRole('navigation', { name: 'Các trang' });
    await nav.getByRole('link', { name: 'Nhật ký' }).click();
    await page.getByLabel('Hành động').selectOption('create');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    const created = page.locator('tr[data-entry-id]').first();
    await created.filter({ hasText: 'Tạo mới' }).waitFor();
    await created.getByRole('button', { name: 'Xem thay đổi' }).click();
    expect(await page.locator('.details-row').first().textContent()).toContain('thon-e2e-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await page.locator('.details-row').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/admin-audit-phone.png` });

    // The map keeps the links, and the map still draws after the admin pages.
    await nav.getByRole('link', { name: 'Bản đồ' }).click();
    await waitForMap(page);
    await page.screenshot({ path: `${artifacts}/admin-map-phone.png` });
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a role other than the administrator', () => {
  it('sees no admin links and is refused the admin pages by address', async () => {
    const { page, errors, close } = await openPage(desktop);
    await signIn(page, 'congan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    // Police have the map, the inspections page, the season comparison, the route planner, the
    // plan's indicators and reports and the registry's imports, and no admin link.
    expect(await header(page).getByRole('link').allTextContents()).toEqual([
      'Bản đồ',
      'Kiểm tra',
      'So sánh mùa',
      'Tuyến kiểm tra',
      'Chỉ tiêu',
      'Báo cáo',
      'Nhập dữ liệu',
    ]);

    for (const path of ['/quan-tri/nguoi-dung', '/quan-tri/nhat-ky']) {
      await page.goto(`${e2e.server.url}${path}`);
      await page.getByRole('heading', { name: 'Không có quyền truy cập' }).waitFor();
      expect(await page.getByText('Công an xã không được xem trang này').isVisible()).toBe(true);
      expect(await page.locator('table').count()).toBe(0);
    }
    await page.screenshot({ path: `${artifacts}/admin-refused-desktop.png` });
    await page.getByRole('link', { name: 'Về bản đồ' }).click();
    expect(new URL(page.url()).pathname).toBe('/');

    await page.goto(`${e2e.server.url}/khong-co-trang-nay`);
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();

    // Signing out on purpose leaves the page: the next person starts at the map's address.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(errors).toEqual([]);
    await close();
  });
});
