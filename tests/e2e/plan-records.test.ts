// The plan's records (/ke-hoach): the health station records one training for two officers
// and sees them counted as trained; culture adds a communication activity by clicking the map.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillDay } from '../helpers/date-field';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { centreOn, desktop, openMapAs, openPage, phone, signIn } from '../helpers/pages';

const e2e = e2eSuite();

const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** "Đã tập huấn trong năm 2026: 23/30 cán bộ (77 %)…" → [23, 30]. */
async function trainedCount(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('training-summary').textContent()) ?? '';
  const match = /(\d+)\/(\d+) cán bộ/.exec(text);
  if (!match) throw new Error(`no count in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

describe('plan records', () => {
  it('the health station records a training for two officers, who then count as trained', async () => {
    const { page, errors, close } = await openPage(e2e.browser, desktop);
    await signIn(page, `${e2e.server.url}/ke-hoach?muc=tap-huan`, 'tramyte');
    await page.getByRole('heading', { name: 'Theo dõi kế hoạch' }).waitFor();
    await page.getByTestId('training-summary').waitFor();
    const [trainedBefore, total] = await trainedCount(page);
    expect(total - trainedBefore).toBeGreaterThanOrEqual(2);

    const untrained = page.locator('tr:has([data-trained="false"])');
    const names = await Promise.all(
      [0, 1].map(async (i) => (await untrained.nth(i).locator('strong').textContent()) ?? ''),
    );
    for (const name of names) await page.getByLabel(`Chọn ${name}`, { exact: true }).check();
    await page.getByText('Đã chọn 2 cán bộ').waitFor();
    const form = page.getByRole('form', { name: 'Ghi nhận lớp tập huấn' });
    await form.getByLabel('Tên lớp, nội dung').fill('Tập huấn bổ sung kỹ năng tư vấn');
    await fillDay(form.getByLabel('Ngày học'), vietnamToday());
    await form.getByLabel('Số giờ').fill('4');
    await form.getByLabel('Đơn vị tổ chức').fill('Trạm Y tế xã');
    await form.getByRole('button', { name: 'Ghi nhận lớp tập huấn' }).click();
    await page.getByText('Đã ghi nhận 2 lượt tập huấn.').waitFor();
    await page
      .getByText(
        `Đã tập huấn trong năm ${vietnamToday().slice(0, 4)}: ${trainedBefore + 2}/${total}`,
      )
      .waitFor();
    for (const name of names) {
      const row = page.locator('tr', { has: page.getByText(name, { exact: true }) });
      await row.locator('[data-trained="true"]').waitFor();
    }
    await page.screenshot({
      path: `${artifacts}/plan-records-training-desktop.png`,
      fullPage: true,
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${artifacts}/plan-records-training-desktop-top.png` });

    await page.getByRole('tab', { name: 'Báo cáo của cơ quan' }).click();
    await page.locator('[data-state="missing"]').first().waitFor();
    await page.screenshot({
      path: `${artifacts}/plan-records-reports-desktop.png`,
      fullPage: true,
    });
    await page.getByRole('tab', { name: 'Kế hoạch' }).click();
    await page.getByText('Số 45/KH-UBND, ban hành ngày 15/06/2026').waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('culture adds a communication activity by clicking the map', async () => {
    const { page, errors, close } = await openPage(e2e.browser, desktop);
    await signIn(page, `${e2e.server.url}/ke-hoach?muc=truyen-thong`, 'vanhoa');
    const map = page.getByRole('region', { name: 'Bản đồ các hoạt động truyền thông' });
    await map.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    const form = page.getByRole('form', { name: 'Thêm hoạt động truyền thông' });
    await form
      .getByLabel('Nội dung', { exact: true })
      .fill('Tuyên truyền phòng, chống mại dâm cho phụ nữ thôn');
    await fillDay(form.getByLabel('Ngày tổ chức'), vietnamToday());
    await form.getByLabel('Số người được tiếp cận').fill('85');
    await form.getByLabel('Địa điểm', { exact: true }).fill('Nhà văn hóa thôn');
    await form.getByLabel('Đơn vị chủ trì').selectOption({ label: 'Phòng Văn hóa - Xã hội' });
    // Saving without a place says what is missing.
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.getByRole('alert').filter({ hasText: 'Bấm vào bản đồ' }).waitFor();

    await map.and(page.locator('[data-picking="true"]')).waitFor();
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (!box) throw new Error('the map has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await form.getByTestId('picked-point').filter({ hasText: 'Đã đặt vị trí' }).waitFor();
    await page.screenshot({ path: `${artifacts}/plan-records-communication-form-desktop.png` });
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page
      .getByText('Đã thêm hoạt động "Tuyên truyền phòng, chống mại dâm cho phụ nữ thôn".')
      .waitFor();
    const item = page
      .getByRole('listitem')
      .filter({ hasText: 'Tuyên truyền phòng, chống mại dâm cho phụ nữ thôn' });
    // The village comes from the point the map was clicked at.
    await item.getByText(/\(Thôn .+\)/).waitFor();
    await map.and(page.locator('[data-ready="true"]')).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({
      path: `${artifacts}/plan-records-communication-desktop.png`,
      fullPage: true,
    });
    expect(errors).toEqual([]);
    await close();
  });

  it('fits a phone', async () => {
    const { page, errors, close } = await openPage(e2e.browser, phone);
    await signIn(page, `${e2e.server.url}/ke-hoach?muc=tap-huan`, 'tramyte');
    await page.getByTestId('training-summary').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await page.screenshot({ path: `${artifacts}/plan-records-training-phone.png`, fullPage: true });
    await page.getByRole('tab', { name: 'Truyền thông' }).click();
    const map = page.getByRole('region', { name: 'Bản đồ các hoạt động truyền thông' });
    await map.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await page.screenshot({
      path: `${artifacts}/plan-records-communication-phone.png`,
      fullPage: true,
    });
    await page.getByRole('tab', { name: 'Báo cáo của cơ quan' }).click();
    await page.locator('[data-state="missing"]').first().waitFor();
    await page.screenshot({ path: `${artifacts}/plan-records-reports-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
    await close();
  });

  it('culture marks a premises reviewed from its popup on the map', async () => {
    // A business with nothing else near it, so the click lands on it.
    const [business] = await e2e.server.sql<
      [{ id: number; name: string; lng: number; lat: number }]
    >`
      select b.id::int, b.name, ST_X(b.geom) as lng, ST_Y(b.geom) as lat from businesses b
      where b.deleted_at is null and b.status = 'active'
        and not exists (select from businesses o where o.id <> b.id and o.deleted_at is null
                        and ST_DWithin(o.geom::geography, b.geom::geography, 40))
      order by b.id desc limit 1`;
    const reviews = async () =>
      (
        await e2e.server.sql<[{ n: number }]>`
          select count(*)::int as n from registry_reviews where business_id = ${business.id}`
      )[0].n;
    const before = await reviews();
    const { page, errors, close } = await openMapAs(e2e, desktop, 'vanhoa');
    const at = await centreOn(page, [business.lng, business.lat]);
    await page.mouse.click(at.x, at.y);
    await page.locator('.ntm-popup').getByText(business.name).first().waitFor();
    await page.getByRole('button', { name: 'Đã rà soát' }).click();
    const dialog = page.getByRole('dialog', { name: `Rà soát cơ sở: ${business.name}` });
    await dialog.getByLabel('Đã chỉnh sửa thông tin').check();
    await dialog.getByLabel('Ghi chú (không bắt buộc)').fill('Cập nhật số điện thoại chủ cơ sở');
    await page.screenshot({ path: `${artifacts}/plan-records-review-desktop.png` });
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.getByText(`Đã ghi nhận rà soát cơ sở ${business.name}.`).waitFor();
    expect(await reviews()).toBe(before + 1);
    expect(errors).toEqual([]);
    await close();
  });
});
