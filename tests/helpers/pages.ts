import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export const demoPassword = 'demo-2026';
export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

/** A fresh page (own cookies) that records uncaught errors. */
export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number },
  options: { geolocation?: { latitude: number; longitude: number; accuracy?: number } } = {},
) {
  const context = await browser.newContext({
    viewport,
    locale: 'vi-VN',
    ...(options.geolocation
      ? { geolocation: options.geolocation, permissions: ['geolocation'] }
      : {}),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}

/** Signs in through the login page, as a person would: type, type, click. */
export async function signIn(page: Page, url: string, username: string, password = demoPassword) {
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/** Headers of a session signed in through the API, to write as the app does (no browser). */
export async function apiHeaders(serverUrl: string, username: string) {
  const login = await fetch(`${serverUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { cookie, origin: serverUrl, 'content-type': 'application/json' };
}

/** Follows a link of the app's page navigation ("Các trang"), as a user moving between pages. */
export async function followNav(page: Page, link: string) {
  await page
    .getByRole('navigation', { name: 'Các trang' })
    .getByRole('link', { name: link })
    .click();
}

export async function waitForMap(page: Page) {
  await page.waitForFunction(
    () => (window as Window & { __mapReady?: boolean }).__mapReady === true,
    null,
    { timeout: 90_000 },
  );
}

/**
 * A fresh page (openPage) signed in as `username` on the home page, once its map is drawn:
 * where most journeys start.
 */
export async function openMapAs(
  e2e: { browser: Browser; server: { url: string } },
  viewport: { width: number; height: number },
  username: string,
) {
  const opened = await openPage(e2e.browser, viewport);
  await signIn(opened.page, e2e.server.url, username);
  await waitForMap(opened.page);
  return opened;
}

/**
 * From the route planner, the round's printable sheet (A4): its team sections, once every
 * team's map picture is drawn.
 */
export async function openRouteSheet(page: Page, teams: number) {
  await page.getByRole('link', { name: 'In tuyến (A4)' }).click();
  const sheets = page.locator('.sheet-team');
  await expect.poll(() => sheets.count(), { timeout: 30_000 }).toBe(teams);
  await expect
    .poll(() => page.locator('.route-map[data-ready="true"] .route-map-picture').count(), {
      timeout: 60_000,
    })
    .toBe(teams);
  return sheets;
}

/** What the tests call on the page's MapLibre map (window.__map, web/src/map/map-ready.ts). */
export type MapProbe = {
  jumpTo(options: { center: [number, number]; zoom: number }): void;
  project(lngLat: [number, number]): { x: number; y: number };
  getContainer(): HTMLElement;
  once(event: string, listener: () => void): void;
};

/** Centres the map on a place at a zoom, waits until it is drawn, and answers where the place is on the page. */
export async function centreOn(page: Page, lngLat: [number, number], zoom = 18) {
  return page.evaluate(
    async ([lngLat, zoom]) => {
      const map = (window as unknown as { __map: MapProbe }).__map;
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.jumpTo({ center: lngLat, zoom });
      });
      const box = map.getContainer().getBoundingClientRect();
      const { x, y } = map.project(lngLat);
      return { x: box.left + x, y: box.top + y };
    },
    [lngLat, zoom] as const,
  );
}
