// Leadership's heat map: the risk of every business on a chosen day, the season named, and
// each business's score explained factor by factor.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskHeatLayerId } from '../../web/src/risk/risk-layer';
import { artifacts, startE2e, stopE2e, type TestServer } from '../helpers/e2e';
import { desktop, openPage, phone, signIn, waitForMap } from '../helpers/pages';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  ({ server, browser } = await startE2e());
});

afterAll(() => stopE2e(server, browser));

describe('the leadership risk map', () => {
  it('shows the heat map, names Tết on a Tết day, and explains a business’s score', async () => {
    const lead = await openPage(browser, desktop);
    await signIn(lead.page, server.url, 'lanhdao');
    await waitForMap(lead.page);
    const section = lead.page.locator('.risk-section');
    await section.locator('[data-risk]').first().waitFor();
    await expect
      .poll(() =>
        lead.page.evaluate(
          (layer) =>
            (window as unknown as { __map: { getLayer(id: string): unknown } }).__map.getLayer(
              layer,
            ) !== undefined,
          riskHeatLayerId,
        ),
      )
      .toBe(true);
    await lead.page.screenshot({ path: `${artifacts}/risk-leadership-desktop.png` });

    await section.getByLabel('Ngày xem').fill('2026-02-17');
    await section.getByText('Thuộc: Tết Nguyên Đán').waitFor();
    await section.locator('[data-risk] button').first().click();
    const card = lead.page.locator('.risk-card');
    await card.getByRole('rowheader', { name: 'Mùa cao điểm' }).waitFor();
    await card.getByText('Tổng (tối đa 100)').waitFor();
    await lead.page.screenshot({ path: `${artifacts}/risk-card-desktop.png` });
    expect(lead.errors).toEqual([]);
    await lead.close();
  });

  it('works on a phone', async () => {
    const lead = await openPage(browser, phone);
    await signIn(lead.page, server.url, 'lanhdao');
    await waitForMap(lead.page);
    await lead.page.locator('.sheet-handle').click();
    await lead.page.locator('.risk-section [data-risk]').first().waitFor();
    await lead.page.screenshot({ path: `${artifacts}/risk-leadership-phone.png` });
    expect(lead.errors).toEqual([]);
    await lead.close();
  });
});
