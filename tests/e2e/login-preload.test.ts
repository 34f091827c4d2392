// While a person types on the login page, the map's files come down the line: after sign-in the
// map is drawn about as soon as the login answers. Not before the login page has shown, and
// not on a login page that leads to another page than the map.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite } from '../helpers/e2e';
import { phone, waitForMap } from '../helpers/pages';

const e2e = e2eSuite();

const mapLibreFile = /\/assets\/maplibre-[\w-]{8}\.js$/;
const mapLibreWorker = /\/assets\/maplibre-gl-worker-[\w-]{8}\.js$/;

/** Opens `path` signed out and records, in order, the scripts requested and when the form showed. */
async function openLogin(path: string) {
  const context = await e2e.browser.newContext({ viewport: phone, serviceWorkers: 'block' });
  const page = await context.newPage();
  const events: string[] = [];
  page.on('request', (request) => {
    if (['script', 'other', 'fetch'].includes(request.resourceType())) events.push(request.url());
  });
  await page.goto(`${e2e.server.url}${path}`);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).waitFor();
  events.push('login form shown');
  return { page, events };
}

async function typeAndSignIn(page: Page) {
  await page.getByLabel('Tên đăng nhập').fill('thon-bai-ha');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('demo-2026');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

describe('the login page fetches the map ahead', () => {
  it('requests MapLibre and starts its worker after the form shows, before anyone signs in', async () => {
    const { page, events } = await openLogin('/');
    await page.waitForRequest(mapLibreFile, { timeout: 15_000 });
    await page.waitForRequest(mapLibreWorker, { timeout: 15_000 });
    const shown = events.indexOf('login form shown');
    expect(events.findIndex((url) => mapLibreFile.test(url))).toBeGreaterThan(shown);
    expect(events.findIndex((url) => mapLibreWorker.test(url))).toBeGreaterThan(shown);

    // The preloaded files serve the map: each is fetched once, and the map draws.
    await typeAndSignIn(page);
    await waitForMap(page);
    expect(events.filter((url) => mapLibreFile.test(url))).toHaveLength(1);
    await page.context().close();
  });

  it('does not fetch MapLibre on a login page in front of a page without a map', async () => {
    const { page, events } = await openLogin('/chi-tieu');
    await page.waitForTimeout(4_000);
    expect(events.filter((url) => mapLibreFile.test(url))).toEqual([]);
    await page.context().close();
  });
});
