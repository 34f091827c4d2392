import { mkdirSync } from 'node:fs';
import { repoRoot } from '@ntm/db/local/paths';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { businessLayerIds, keyAreaLayerIds, villageFillLayerId } from '../../web/src/map/layers';
import { launchChromium } from '../helpers/browser';
import { startTestServer } from '../helpers/test-server';

const artifacts = `${repoRoot}artifacts/e2e`;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startTestServer(inject('databaseUrl'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type MapWindow = Window & {
  __mapReady?: boolean;
  __map?: {
    queryRenderedFeatures(options: { layers: string[] }): unknown[];
    getLayer(id: string): unknown;
  };
};

/** Counts what the map has drawn on screen in each group of layers. */
async function renderedCounts(page: import('playwright-core').Page) {
  return page.evaluate(
    (groups) => {
      const map = (window as MapWindow).__map;
      if (!map) throw new Error('the page exposes no map');
      const count = (ids: string[]) =>
        map.queryRenderedFeatures({ layers: ids.filter((id) => map.getLayer(id)) }).length;
      return {
        villages: count(groups.villages),
        keyAreas: count(groups.keyAreas),
        businesses: count(groups.businesses),
      };
    },
    { villages: [villageFillLayerId], keyAreas: keyAreaLayerIds, businesses: businessLayerIds },
  );
}

describe('the first map page', () => {
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ])('shows villages, key areas and businesses on a %s', async (name, viewport) => {
    const page = await browser.newPage({ viewport, locale: 'vi-VN' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => (window as MapWindow).__mapReady === true, null, {
      timeout: 90_000,
    });
    const counts = await renderedCounts(page);
    await page.screenshot({ path: `${artifacts}/map-${name}.png` });
    expect(counts.villages).toBeGreaterThan(0);
    expect(counts.keyAreas).toBeGreaterThan(0);
    expect(counts.businesses).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Dữ liệu mô phỏng').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
