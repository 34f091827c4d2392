// A province's worth of premises (100,000 from the `--scale` loader, in a scratch database beside
// the test one): the map no longer takes the layer whole but draws it from vector tiles, clusters
// and all; it pans and zooms on them, and a click on a premises opens the same popup as before.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createScratchDatabase } from '../../scripts/src/fuzz/scratch-database';
import {
  businessClusterLayerId,
  businessesSourceId,
  businessPointLayerId,
} from '../../web/src/map/layers';
import { tipPointLayerId, tipsSourceId } from '../../web/src/tips/tip-layer';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { centreOn, desktop, openMapAs, phone } from '../helpers/pages';

const premises = 100_000;
let dropScratch = async () => {};
// Registered before the suite's own afterAll, so it runs after the server has let go.
afterAll(() => dropScratch());

const e2e = e2eSuite({
  database: async () => {
    const scratch = await createScratchDatabase({
      ownerUrl: inject('databaseUrl'),
      appUrl: inject('appDatabaseUrl'),
      suffix: 'tiles_scale',
      scale: premises,
    });
    dropScratch = () => scratch.drop();
    return { ownerUrl: scratch.ownerUrl, appUrl: scratch.appUrl };
  },
});

type Rendered = {
  id?: number | string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
};
type TileWindow = Window & {
  __map?: {
    getSource(id: string): { type: string } | undefined;
    getZoom(): number;
    getLayer(id: string): unknown;
    queryRenderedFeatures(options?: { layers: string[] }): Rendered[];
  };
};

/** What the map draws of the businesses now: its source's kind, clusters and lone points. */
const drawn = (page: Page) =>
  page.evaluate(
    ([source, clusters, points]) => {
      const map = (window as TileWindow).__map;
      if (!map) throw new Error('the page exposes no map');
      const query = (id: string) =>
        map.getLayer(id)
          ? map.queryRenderedFeatures({ layers: [id] }).map((f) => ({
              id: f.id,
              properties: f.properties,
              geometry: { type: f.geometry.type, coordinates: f.geometry.coordinates },
            }))
          : [];
      return {
        source: map.getSource(source)?.type,
        zoom: map.getZoom(),
        clusters: query(clusters),
        points: query(points),
      };
    },
    [businessesSourceId, businessClusterLayerId, businessPointLayerId] as const,
  );

describe(`the map at ${premises.toLocaleString('en')} premises`, () => {
  it.each([
    ['desktop', desktop],
    ['phone', phone],
  ])(
    'draws them from vector tiles, pans and zooms, and opens a popup on a %s',
    async (name, viewport) => {
      const { page, errors, close } = await openMapAs(e2e, viewport, 'congan');
      // One small answer in place of 100,000 features: the counts, and the tiles to draw.
      const whole = await drawn(page);
      expect(whole.source).toBe('vector');
      expect(whole.clusters.length).toBeGreaterThan(0);
      const clustered = whole.clusters.reduce((n, c) => n + Number(c.properties.point_count), 0);
      expect(clustered).toBeGreaterThan(1_000);
      await expect
        .poll(() =>
          page
            .locator('.panel-section')
            .getByText(/100\.\d{3}/)
            .first()
            .isVisible(),
        )
        .toBe(true);
      await page.screenshot({ path: `${artifacts}/map-tiles-${name}.png` });

      // Zoom in on the densest cluster until its premises stand alone.
      const densest = whole.clusters.reduce((a, b) =>
        Number(a.properties.point_count) >= Number(b.properties.point_count) ? a : b,
      );
      const at = densest.geometry.coordinates as [number, number];
      await centreOn(page, at, 17);
      const near = await drawn(page);
      expect(near.zoom).toBeCloseTo(17, 0);
      expect(near.points.length).toBeGreaterThan(0);
      expect(near.clusters).toEqual([]);

      // A click on a premises: the popup of GET /api/businesses/:id, as with the whole layer.
      // Held back until the loading popup has been seen: the tile's name at once, and a status.
      const target = near.points[0] as Rendered;
      const where = await centreOn(page, target.geometry.coordinates as [number, number], 17);
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(`**/api/businesses/${target.id}`, async (route) => {
        await held;
        await route.continue();
      });
      await page.mouse.click(where.x, where.y);
      const popup = page.locator('.ntm-popup');
      await popup.waitFor();
      await expect.poll(() => popup.getByRole('status').textContent()).toContain('Đang tải');
      expect(await popup.locator('h2').textContent()).toBe(String(target.properties.name));
      await page.screenshot({ path: `${artifacts}/map-tiles-popup-loading-${name}.png` });
      release();
      await expect.poll(() => popup.locator('.facts').isVisible()).toBe(true);
      expect(await popup.textContent()).toContain(String(target.properties.name));
      expect(await popup.getByRole('status').count()).toBe(0);
      await page.screenshot({ path: `${artifacts}/map-tiles-popup-${name}.png` });

      // The record cannot be had (the link dropped): the popup says so in place of the details.
      await page.unroute(`**/api/businesses/${target.id}`);
      await page.route(`**/api/businesses/${target.id}`, (route) => route.abort('failed'));
      await page.keyboard.press('Escape');
      // The popup panned the map to fit: find the premises again.
      const again = await centreOn(page, target.geometry.coordinates as [number, number], 17);
      await page.mouse.click(again.x, again.y);
      await expect.poll(() => popup.getByRole('alert').isVisible()).toBe(true);
      expect(await popup.getByRole('alert').textContent()).toContain('Không tải được');
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("draws the police's tips from tiles, filters them there and lists the server's page", async () => {
    const [counts] = await e2e.server.sql<[{ all: number; open: number }]>`
      select count(*)::int as all,
             (count(*) filter (where status not in ('handled', 'transferred', 'unfounded')))::int as open
      from tips`;
    expect(counts.all).toBeGreaterThan(20_000);
    const { page, errors, close } = await openMapAs(e2e, desktop, 'congan');
    const tipsDrawn = () =>
      page.evaluate(
        ([source, layer]) => {
          const map = (window as TileWindow).__map;
          if (!map?.getLayer(layer)) return { source: undefined, features: [] };
          return {
            source: map.getSource(source)?.type,
            features: map.queryRenderedFeatures({ layers: [layer] }).map((f) => ({
              id: f.id,
              properties: f.properties,
              geometry: { type: f.geometry.type, coordinates: f.geometry.coordinates },
            })),
          };
        },
        [tipsSourceId, tipPointLayerId] as const,
      );
    await expect.poll(async () => (await tipsDrawn()).source).toBe('vector');
    const shown = page.locator('.tip-shown');
    const vi = (n: number) => n.toLocaleString('vi-VN');
    // The open tips by default: counted by the server, the first of them listed, due first.
    await expect.poll(() => shown.textContent()).toBe(`${vi(counts.open)} tin báo trên bản đồ`);
    const listed = page.locator('.tips-section .stack-list > li');
    await expect.poll(() => listed.count()).toBe(Math.min(15, counts.open));
    await expect.poll(async () => (await tipsDrawn()).features.length).toBeGreaterThan(0);
    const open = await tipsDrawn();
    expect(open.features.every((f) => typeof f.properties.deadline === 'string')).toBe(true);
    await page.screenshot({ path: `${artifacts}/map-tiles-tips-desktop.png` });

    // Every tip: the tiles' filter widens without a new tile, and the count is the server's,
    // which counts no further than 10,000 (db/src/queries/keyset.ts): there are over 20,000.
    await page.getByLabel('Tình trạng').selectOption('all');
    await expect.poll(() => shown.textContent()).toBe(`Hơn ${vi(10_000)} tin báo trên bản đồ`);
    await expect
      .poll(async () => (await tipsDrawn()).features.length)
      .toBeGreaterThan(open.features.length);
    await page.getByLabel('Tình trạng').selectOption('open');

    // A click on an open tip's point opens its card, as over the whole layer.
    const target = (await tipsDrawn()).features[0] as Rendered;
    const where = await centreOn(page, target.geometry.coordinates as [number, number], 18);
    await page.mouse.click(where.x, where.y);
    await page
      .locator('.tip-card')
      .getByRole('heading', { name: `Tin báo #${target.id}` })
      .waitFor();
    await page.screenshot({ path: `${artifacts}/map-tiles-tip-card-desktop.png` });
    expect(errors).toEqual([]);
    await close();
  });
});
