import { afterAll, describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { desktop, openPage, signIn } from '../helpers/pages';

const e2e = e2eSuite();
let code = '';
const smallPhone = { width: 360, height: 780 };

afterAll(async () => {
  // The case this file opened goes again, so the seeded numbers stay as other files expect.
  if (e2e.server && code) {
    await e2e.server.sql`delete from support.referrals r using support.cases c
                     where r.case_id = c.id and c.code = ${code}`;
    await e2e.server.sql`delete from support.cases where code = ${code}`;
  }
});

describe('support cases in the browser', () => {
  it('the health station opens a case, refers it, records the outcome and finds it listed', async () => {
    const { page, errors, close } = await openPage(e2e.browser, desktop);
    await signIn(page, `${e2e.server.url}/ho-tro`, 'tramyte');
    await page.getByRole('heading', { name: 'Hỗ trợ, can thiệp giảm hại' }).waitFor();
    await page.getByRole('link', { name: 'Hỗ trợ' }).waitFor();
    // The year's numbers from the seeded cases.
    const opened = Number(await page.locator('[data-figure="opened"]').textContent());
    expect(opened).toBeGreaterThan(10);
    await expect(page.locator('[data-figure="share"]').textContent()).resolves.toMatch(/%/);

    await page.getByRole('button', { name: 'Mở hồ sơ mới' }).click();
    const form = page.getByRole('form', { name: 'Hồ sơ mới' });
    await form.getByText('Không ghi họ tên, số điện thoại, CCCD, địa chỉ').waitFor();
    await form.getByLabel('Thôn').selectOption({ index: 2 });
    await form.getByLabel('Y tế').check();
    await form.getByLabel('Học nghề').check();
    // The day the form opens with, as the field shows it (dd/mm/yyyy).
    const today = await form.getByLabel('Ngày mở hồ sơ').inputValue();
    await form.getByLabel('Ngày đồng ý tham gia').fill(today);
    await form.getByLabel('Ngày tư vấn').fill(today);
    await form.getByLabel('Ghi chú').fill('Hẹn gọi lại 0912 345 678');
    await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await form.getByRole('alert').filter({ hasText: 'không ghi số điện thoại' }).waitFor();
    await form.getByLabel('Ghi chú').fill('Muốn học nghề may, hẹn tái khám.');
    await form.getByRole('button', { name: 'Lưu hồ sơ' }).click();

    const notice = page.getByRole('status').filter({ hasText: 'Đã mở hồ sơ' });
    await notice.waitFor();
    code = /HT-[0-9A-Z]{7}/.exec((await notice.textContent()) ?? '')?.[0] ?? '';
    expect(code).toMatch(/^HT-[34679ACDEFGHJKMNPQRTWXY]{7}$/);
    const card = page.getByRole('article', { name: `Hồ sơ ${code}` });
    await card.getByText('Đã tư vấn', { exact: true }).waitFor();

    const refer = card.getByRole('form', { name: 'Chuyển gửi' });
    await refer.getByLabel('Dịch vụ').selectOption('vocational');
    await refer.getByLabel('Ngày chuyển').fill(today);
    await refer.getByRole('button', { name: 'Chuyển gửi' }).click();
    const referral = card.getByRole('listitem').filter({ hasText: 'Học nghề' });
    await referral.getByText('Đang chờ').waitFor();
    await referral.locator('select[name="outcome"]').selectOption('connected');
    await referral.getByLabel('Ngày có kết quả').fill(today);
    await referral.getByRole('button', { name: 'Ghi kết quả' }).click();
    await referral.getByText(/^Đã kết nối/).waitFor();

    const row = page.locator(`[data-code="${code}"]`);
    await row.getByText('Đã kết nối').waitFor();
    await row.getByText('Học nghề').waitFor();
    // From the top: the laptop's sticky header would otherwise sit mid-page in the picture.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${artifacts}/support-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });

  it('fits a 360 px phone', async () => {
    const { page, errors, close } = await openPage(e2e.browser, smallPhone);
    await signIn(page, `${e2e.server.url}/ho-tro`, 'tramyte');
    await page.getByRole('heading', { name: 'Hỗ trợ, can thiệp giảm hại' }).waitFor();
    await page.locator(`[data-code="${code}"]`).click();
    await page.getByRole('article', { name: `Hồ sơ ${code}` }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(smallPhone.width);
    // The screen as the phone shows it: the open case comes first, above the long list.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${artifacts}/support-phone.png` });
    await page.getByRole('heading', { name: 'Chuyển gửi dịch vụ' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/support-phone-referrals.png` });
    await page.getByRole('button', { name: 'Thu gọn', exact: true }).click();
    await page.getByRole('button', { name: 'Mở hồ sơ mới' }).click();
    await page.getByRole('form', { name: 'Hồ sơ mới' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      smallPhone.width,
    );
    await page.getByText('Không ghi họ tên, số điện thoại, CCCD, địa chỉ').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/support-phone-form.png` });
    expect(errors).toEqual([]);
    await close();
  });

  it('refuses the police the page, with no link to it and no case shown', async () => {
    const { page, errors, close } = await openPage(e2e.browser, desktop);
    await signIn(page, `${e2e.server.url}/ho-tro`, 'congan');
    await page.getByRole('heading', { name: 'Không có quyền truy cập' }).waitFor();
    expect(await page.getByRole('link', { name: 'Hỗ trợ' }).count()).toBe(0);
    expect(await page.content()).not.toContain('HT-');
    await page.screenshot({ path: `${artifacts}/support-police-refused.png`, fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });
});
