import { describe, expect, it } from 'vitest';
import { fillDay } from '../helpers/date-field';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { desktop, openPage, phone, signIn } from '../helpers/pages';

const e2e = e2eSuite();

describe('seasons and local events', () => {
  it('shows Tết from the lunar calendar, refuses reversed dates, adds and removes an event', async () => {
    const { page, errors, close } = await openPage(e2e.browser, desktop);
    await signIn(page, `${e2e.server.url}/quan-tri/mua-cao-diem`, 'admin');
    await page.getByRole('heading', { name: 'Mùa cao điểm và sự kiện địa phương' }).waitFor();
    await page.getByRole('button', { name: 'Năm sau' }).click();
    await page.getByText('Năm 2027', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Năm trước' }).click();
    const national = page.getByRole('region', { name: 'Dịp lễ, Tết toàn quốc' });
    // Tết 2026 is 17/2; its window runs two weeks either side.
    await national
      .getByRole('row', { name: /Tết Nguyên Đán.*03\/02\/2026 – 03\/03\/2026/ })
      .waitFor();

    const local = page.getByRole('region', { name: 'Sự kiện của xã' });
    await local.getByLabel('Tên sự kiện').fill('Hội chợ xuân thử nghiệm');
    await fillDay(local.getByLabel('Từ ngày'), '2026-10-20');
    await fillDay(local.getByLabel('Đến ngày'), '2026-10-18');
    await local.getByRole('button', { name: 'Thêm sự kiện' }).click();
    await local
      .getByRole('alert')
      .filter({ hasText: 'Ngày kết thúc phải sau ngày bắt đầu' })
      .waitFor();
    await fillDay(local.getByLabel('Đến ngày'), '2026-10-22');
    await local.getByRole('button', { name: 'Thêm sự kiện' }).click();
    const item = local.getByRole('listitem').filter({ hasText: 'Hội chợ xuân thử nghiệm' });
    await item.getByText('20/10/2026 – 22/10/2026').waitFor();
    await page.screenshot({ path: `${artifacts}/events-desktop.png`, fullPage: true });

    page.once('dialog', (dialog) => dialog.accept());
    await item.getByRole('button', { name: /Xoá/ }).click();
    await item.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await close();
  });

  it('fits a phone', async () => {
    const { page, errors, close } = await openPage(e2e.browser, phone);
    await signIn(page, `${e2e.server.url}/quan-tri/mua-cao-diem`, 'admin');
    await page.getByRole('region', { name: 'Sự kiện của xã' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
    await page.screenshot({ path: `${artifacts}/events-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });
});
