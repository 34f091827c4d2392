// Police take a tip from the map to "handled" and watch indicator đ change.
import { mkdirSync } from 'node:fs';
import { repoRoot } from '@ntm/db/local/paths';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tipPointLayerId } from '../../web/src/tips/tip-layer';
import { launchChromium } from '../helpers/browser';
import { desktop, openPage, phone, signIn, waitForMap } from '../helpers/pages';
import { startTestServer } from '../helpers/test-server';

const artifacts = `${repoRoot}artifacts/e2e`;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type MapProbe = {
  jumpTo(options: { center: [number, number]; zoom: number }): void;
  project(lngLat: [number, number]): { x: number; y: number };
  getContainer(): HTMLElement;
  once(event: string, listener: () => void): void;
  queryRenderedFeatures(options: { layers: string[] }): { properties: { id: number } }[];
  getLayer(id: string): unknown;
};

/** Centres the map on a place and answers where that place is on the page. */
async function centreOn(page: Page, lngLat: [number, number]) {
  return page.evaluate(async (lngLat) => {
    const map = (window as unknown as { __map: MapProbe }).__map;
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.jumpTo({ center: lngLat, zoom: 17 });
    });
    const box = map.getContainer().getBoundingClientRect();
    const { x, y } = map.project(lngLat);
    return { x: box.left + x, y: box.top + y };
  }, lngLat);
}

const indicator = (page: Page) =>
  page.locator('[data-indicator="đ"] .indicator-value').textContent();

describe('police work a tip on the map', () => {
  it('takes a classified tip to handled, and indicator đ counts it', async () => {
    const [tip] = await server.sql<[{ id: number; lng: number; lat: number }]>`
      select id::int, ST_X(geom) as lng, ST_Y(geom) as lat from tips
      where status = 'classified' and duplicate_of is null and geom is not null
        and received_at >= date_trunc('year', now() at time zone 'Asia/Ho_Chi_Minh') at time zone 'Asia/Ho_Chi_Minh'
      order by received_at desc limit 1`;
    expect(tip).toBeDefined();

    const police = await openPage(browser, desktop);
    await signIn(police.page, server.url, 'congan');
    await waitForMap(police.page);
    await police.page.locator('[data-indicator="đ"]').waitFor();
    await expect
      .poll(() =>
        police.page.evaluate((layer) => {
          const map = (window as unknown as { __map: MapProbe }).__map;
          return map.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }).length : 0;
        }, tipPointLayerId),
      )
      .toBeGreaterThan(0);
    const before = await indicator(police.page);
    const [, resolvedBefore] = /\((\d+)\/(\d+)/.exec(before ?? '') ?? [];
    await police.page.screenshot({ path: `${artifacts}/tips-police-desktop.png` });

    // Open it from the map, as a person would: click its point.
    const at = await centreOn(police.page, [tip.lng, tip.lat]);
    await police.page.mouse.click(at.x, at.y);
    const card = police.page.locator('.tip-card');
    await card.getByRole('heading', { name: `Tin báo #${tip.id}` }).waitFor();
    await card.getByRole('button', { name: 'Xử lý xong' }).click();
    await card.getByRole('button', { name: 'Xác nhận: Xử lý xong' }).click();
    await card.getByRole('alert').filter({ hasText: 'Hãy ghi nội dung' }).waitFor();
    await card.getByLabel('Ghi chú (bắt buộc)').fill('Đã lập biên bản, nhắc nhở chủ cơ sở.');
    await police.page.screenshot({ path: `${artifacts}/tips-card-desktop.png` });
    await card.getByRole('button', { name: 'Xác nhận: Xử lý xong' }).click();
    await police.page.getByText(`Tin báo #${tip.id}: Đã xử lý.`).waitFor();

    await expect
      .poll(async () => /\((\d+)\//.exec((await indicator(police.page)) ?? '')?.[1])
      .toBe(String(Number(resolvedBefore) + 1));
    await police.page.screenshot({ path: `${artifacts}/tips-handled-desktop.png` });
    expect(police.errors).toEqual([]);
    await police.close();

    const [row] = await server.sql`select status from tips where id = ${tip.id}`;
    expect(row?.status).toBe('handled');
  });

  it('shows the indicator and what is due first on a phone', async () => {
    const police = await openPage(browser, phone);
    await signIn(police.page, server.url, 'congan');
    await waitForMap(police.page);
    await police.page.locator('.sheet-handle').click();
    await police.page.locator('[data-indicator="đ"]').waitFor();
    await police.page.screenshot({ path: `${artifacts}/tips-police-phone.png` });
    expect(police.errors).toEqual([]);
    await police.close();
  });
});
