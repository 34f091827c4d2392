// A past day on the map draws the villages of that day: the risk map's day before the merger of
// 1 July 2025 has the 24 villages of then, after it the 21 of now, and the legend says which
// version; the season comparison puts 2024's villages beside this year's; the periodic report
// of 2024 lists its villages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillDay } from '../helpers/date-field';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { desktop, openMapAs, openPage, phone, signIn } from '../helpers/pages';
import { riskSection } from '../helpers/risk-map';

const e2e = e2eSuite();

const laptop = { width: 1366, height: 768 };

/** How many village outlines the map's source holds now. */
const outlinesDrawn = (page: Page) =>
  page.evaluate(() => {
    type Source = { serialize?: () => { data?: { features?: unknown[] } } };
    const map = (window as unknown as { __map?: { getSource: (id: string) => Source | undefined } })
      .__map;
    const data = map?.getSource('villages')?.serialize?.().data;
    return Array.isArray(data?.features) ? data.features.length : -1;
  });

describe('the village outlines of a past day', () => {
  it('draws 2025’s villages before the merger on the risk map, names the version, and back to today’s', async () => {
    const lead = await openMapAs(e2e, laptop, 'lanhdao');
    const section = await riskSection(lead.page);
    await expect.poll(() => outlinesDrawn(lead.page)).toBe(21);
    await expect(lead.page.getByTestId('village-version-note').count()).resolves.toBe(0);

    await fillDay(section.getByLabel('Ngày xem'), '2025-03-01');
    await lead.page
      .locator('.risk-legend')
      .getByText('Ranh giới thôn theo phiên bản trước 01/07/2025')
      .waitFor({ timeout: 60_000 }); // a past day's risk and villages, on a busy machine
    await expect.poll(() => outlinesDrawn(lead.page), { timeout: 20_000 }).toBe(24);
    await section.getByText('Theo thôn', { exact: true }).click();
    await lead.page.waitForTimeout(500);
    await lead.page.screenshot({ path: `${artifacts}/boundaries-risk-2025-laptop.png` });

    await fillDay(section.getByLabel('Ngày xem'), '2026-03-01');
    await lead.page
      .locator('.risk-legend')
      .getByText('Ranh giới thôn theo phiên bản từ 01/07/2025')
      .waitFor({ timeout: 60_000 });
    await expect.poll(() => outlinesDrawn(lead.page), { timeout: 20_000 }).toBe(21);
    expect(lead.errors).toEqual([]);
    await lead.close();
  });

  it('puts 2024’s villages beside this year’s in the season comparison, on a laptop and a phone', async () => {
    for (const [size, name] of [
      [laptop, 'laptop'],
      [phone, 'phone'],
    ] as const) {
      const lead = await openMapAs(e2e, size, 'lanhdao');
      await lead.page.goto(`${e2e.server.url}/rui-ro/so-sanh`);
      await lead.page.getByLabel('Năm thứ nhất').selectOption('2024');
      const sides = lead.page.locator('.compare-side');
      await sides
        .nth(0)
        .getByText('Ranh giới thôn theo phiên bản trước 01/07/2025')
        .waitFor({ timeout: 60_000 });
      await sides
        .nth(1)
        .getByText('Ranh giới thôn theo phiên bản từ 01/07/2025')
        .waitFor({ timeout: 60_000 });
      for (const i of [0, 1]) {
        await lead.page
          .locator('.compare-map[data-ready="true"]')
          .nth(i)
          .waitFor({ timeout: 60_000 });
      }
      await lead.page.screenshot({ path: `${artifacts}/boundaries-compare-${name}.png` });
      expect(lead.errors).toEqual([]);
      await lead.close();
    }
  });

  it('lists 2024’s villages in the year’s report and this year’s in this year’s', async () => {
    const health = await openPage(e2e.browser, desktop);
    await signIn(health.page, e2e.server.url, 'tramyte');
    await health.page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    for (const [year, villages, note] of [
      ['2024', 24, 'Ranh giới thôn theo phiên bản trước 01/07/2025'],
      ['2026', 21, 'Ranh giới thôn theo phiên bản từ 01/07/2025'],
    ] as const) {
      await health.page.goto(`${e2e.server.url}/bao-cao?ky=${year}`);
      const table = health.page.getByTestId('report-by-village');
      await table.waitFor({ timeout: 60_000 });
      await health.page.getByText(note).waitFor();
      // The villages and a total line.
      await expect.poll(() => table.locator('tbody tr').count()).toBe(villages + 1);
      await health.page.getByText(note).scrollIntoViewIfNeeded();
      await health.page.screenshot({ path: `${artifacts}/boundaries-report-${year}.png` });
    }
    expect(health.errors).toEqual([]);
    await health.close();
  });
});
