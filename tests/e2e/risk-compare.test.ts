// The same season in two years side by side: Tết 2025 next to Tết 2026 by default, each map on
// its season's peak day with the same layer, and a few numbers under each; stacked on a phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { desktop, openMapAs, phone } from '../helpers/pages';

const e2e = e2eSuite();

const thisYear = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

async function bothReady(page: Page) {
  const maps = page.locator('.compare-map');
  await expect.poll(() => maps.count()).toBe(2);
  for (const i of [0, 1]) {
    await page.locator('.compare-map[data-ready="true"]').nth(i).waitFor({ timeout: 60_000 });
  }
}

describe('the season comparison', () => {
  it('opens from the risk section with Tết of last year beside Tết this year', async () => {
    const lead = await openMapAs(e2e, desktop, 'lanhdao');
    await lead.page.getByRole('link', { name: 'So sánh cùng mùa giữa các năm' }).click();
    await lead.page.getByRole('heading', { name: 'So sánh cùng mùa giữa các năm' }).waitFor();
    await bothReady(lead.page);
    const sides = lead.page.locator('.compare-side');
    await expect
      .poll(() => sides.locator('h2').allTextContents())
      .toEqual([
        expect.stringMatching(new RegExp(`^Tết Nguyên Đán ${thisYear - 1} · ngày đỉnh`)),
        expect.stringMatching(new RegExp(`^Tết Nguyên Đán ${thisYear} · ngày đỉnh`)),
      ]);
    for (const i of [0, 1]) {
      const side = sides.nth(i);
      await side.getByText('Cơ sở nguy cơ cao trở lên').waitFor();
      await side.getByText('Điểm trung bình').waitFor();
      await side.getByText('Ô nguy cơ cao trở lên').waitFor();
      expect(await side.locator('dd').allTextContents()).toHaveLength(3);
    }
    // Side by side on a laptop.
    const [a, b] = await Promise.all([sides.nth(0).boundingBox(), sides.nth(1).boundingBox()]);
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width - 1).toBe(true);
    // Not full-page: resizing the window for one would clear the maps' canvases mid-shot.
    await lead.page.screenshot({ path: `${artifacts}/risk-compare-desktop.png` });
    await lead.page
      .locator('.compare-sides')
      .screenshot({ path: `${artifacts}/risk-compare-maps-desktop.png` });

    await lead.page.getByLabel('Lớp').selectOption('heat');
    await bothReady(lead.page);
    await lead.page.getByLabel('Năm thứ nhất').selectOption('2024');
    await sides
      .nth(0)
      .getByRole('heading', { name: /Tết Nguyên Đán 2024 · ngày đỉnh 10\/02\/2024/ })
      .waitFor();
    await bothReady(lead.page);
    await lead.page
      .locator('.compare-sides')
      .screenshot({ path: `${artifacts}/risk-compare-heat-desktop.png` });
    expect(lead.errors).toEqual([]);
    await lead.close();
  });

  it('stacks the two years on a phone', async () => {
    const lead = await openMapAs(e2e, phone, 'lanhdao');
    await lead.page.goto(`${e2e.server.url}/rui-ro/so-sanh`);
    await bothReady(lead.page);
    const sides = lead.page.locator('.compare-side');
    const [a, b] = await Promise.all([sides.nth(0).boundingBox(), sides.nth(1).boundingBox()]);
    expect(a && b && b.y >= a.y + a.height).toBe(true);
    await lead.page.screenshot({ path: `${artifacts}/risk-compare-phone.png` });
    await sides.nth(1).screenshot({ path: `${artifacts}/risk-compare-phone-second.png` });
    expect(lead.errors).toEqual([]);
    await lead.close();
  });
});
