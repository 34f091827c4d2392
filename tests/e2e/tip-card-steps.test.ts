// Police take a tip through two steps on its card, and a stale press from a second tab is told
// plainly that the step is done.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { centreOn, openPage, signIn, waitForMap } from '../helpers/pages';

const e2e = e2eSuite();

const laptop = { width: 1366, height: 768 };

/** Opens the tip's card by clicking its point on the map, as a person would. */
async function openTipOnMap(page: Page, id: number, lngLat: [number, number]) {
  await waitForMap(page);
  const at = await centreOn(page, lngLat, 17);
  await page.mouse.click(at.x, at.y);
  const card = page.locator('.tip-card');
  await card.getByRole('heading', { name: `Tin báo #${id}` }).waitFor();
  return card;
}

describe('the tip card after a step', () => {
  it('shows the new state and the next steps, and a stale press says the step is done', async () => {
    const [tip] = await e2e.server.sql<[{ id: number; lng: number; lat: number }]>`
      select id::int, ST_X(geom) as lng, ST_Y(geom) as lat from tips
      where status = 'received' and duplicate_of is null and geom is not null
        and not exists (select 1 from tip_additions a where a.tip_id = tips.id)
      order by received_at desc limit 1`;
    expect(tip).toBeDefined();

    const police = await openPage(e2e.browser, laptop);
    await signIn(police.page, e2e.server.url, 'congan');
    const card = await openTipOnMap(police.page, tip.id, [tip.lng, tip.lat]);

    // A second tab of the same officer, opened on the same tip before anything is done.
    const second = await police.page.context().newPage();
    await second.goto(e2e.server.url);
    const staleCard = await openTipOnMap(second, tip.id, [tip.lng, tip.lat]);

    // Step one: verify.
    await card.getByRole('button', { name: 'Xác minh', exact: true }).click();
    await card.getByLabel('Ghi chú (bắt buộc)').fill('Đã đến nơi, có dấu hiệu như tin báo.');
    await card.getByRole('button', { name: 'Xác nhận: Xác minh' }).click();
    await card.locator('.tip-status').filter({ hasText: 'Đã xác minh' }).waitFor();
    // The form is closed and the next steps are there.
    await card.getByRole('button', { name: 'Phân loại', exact: true }).waitFor();
    await expect.poll(() => card.getByLabel('Ghi chú (bắt buộc)').count()).toBe(0);
    await card.getByRole('button', { name: 'Kết luận không có căn cứ' }).waitFor();
    await police.page.screenshot({ path: `${artifacts}/tip-card-verified-laptop.png` });

    // Step two: classify, from the same card.
    await card.getByRole('button', { name: 'Phân loại', exact: true }).click();
    await card.getByLabel('Ghi chú (bắt buộc)').fill('Thuộc loại môi giới, cần xử lý.');
    await card.getByRole('button', { name: 'Xác nhận: Phân loại' }).click();
    await card.locator('.tip-status').filter({ hasText: 'Đã phân loại' }).waitFor();
    await card.getByRole('button', { name: 'Xử lý xong' }).waitFor();
    await card.getByRole('button', { name: 'Chuyển cơ quan có thẩm quyền' }).waitFor();
    await expect.poll(() => card.getByLabel('Ghi chú (bắt buộc)').count()).toBe(0);
    expect(await card.locator('.tip-history li').allTextContents()).toEqual([
      expect.stringContaining('Đã tiếp nhận'),
      expect.stringContaining('Đã xác minh'),
      expect.stringContaining('Đã phân loại'),
    ]);
    await police.page.screenshot({ path: `${artifacts}/tip-card-classified-laptop.png` });

    // The second tab still shows the tip as received; its press of "Xác minh" is stale.
    await staleCard.getByRole('button', { name: 'Xác minh', exact: true }).click();
    await staleCard.getByLabel('Ghi chú (bắt buộc)').fill('Xác minh lần nữa từ thẻ cũ.');
    await staleCard.getByRole('button', { name: 'Xác nhận: Xác minh' }).click();
    const said = staleCard.getByRole('alert');
    await said.filter({ hasText: 'đã được làm rồi' }).waitFor();
    const text = (await said.textContent()) ?? '';
    expect(text).toContain('Bước “Xác minh” đã được làm rồi');
    expect(text).toContain('Đã phân loại');
    expect(text).not.toContain('không thể chuyển sang');
    // It now shows the tip as it is, with its real next steps.
    await staleCard.locator('.tip-status').filter({ hasText: 'Đã phân loại' }).waitFor();
    await staleCard.getByRole('button', { name: 'Xử lý xong' }).waitFor();
    await second.screenshot({ path: `${artifacts}/tip-card-stale-laptop.png` });

    const [row] = await e2e.server.sql`
      select status, (select count(*)::int from tip_events where tip_id = ${tip.id}) as events
      from tips where id = ${tip.id}`;
    expect(row).toEqual({ status: 'classified', events: 3 });
    expect(police.errors).toEqual([]);
    await police.close();
  });
});
