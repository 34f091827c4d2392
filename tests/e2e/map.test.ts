import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  businessesSourceId,
  businessLayerIds,
  businessPointLayerId,
  keyAreaLayerIds,
  ownVillageOutlineLayerId,
  villageFillLayerId,
} from '../../web/src/map/layers';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { desktop, openMapAs, openPage, phone, signIn, waitForMap } from '../helpers/pages';

const e2e = e2eSuite();

type LngLat = { lng: number; lat: number };
type MapWindow = Window & {
  __mapReady?: boolean;
  __map?: {
    queryRenderedFeatures(options: { layers: string[] }): { properties: Record<string, unknown> }[];
    getLayer(id: string): unknown;
    getLayoutProperty(id: string, name: string): unknown;
    getCenter(): LngLat;
    getSource(id: string): { getData(): Promise<FeatureCollection> } | undefined;
  };
};

/** Counts what the map has drawn on screen in each group of layers. */
async function renderedCounts(page: Page) {
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

describe('the login page', () => {
  it('refuses a wrong password with a Vietnamese message and stays on the login page', async () => {
    const { page, errors, close } = await openPage(e2e.browser, phone);
    await page.goto(e2e.server.url);
    await expect.poll(() => page.getByText('Dữ liệu mô phỏng').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('thon-phu-tai').isVisible()).toBe(true);
    await page.screenshot({ path: `${artifacts}/login-phone.png`, fullPage: true });

    await signIn(page, e2e.server.url, 'congan', 'sai-mat-khau');
    const alert = page.getByRole('alert').filter({ hasText: 'không đúng' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(await page.getByLabel('Mật khẩu', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await page.evaluate(() => (window as MapWindow).__map === undefined)).toBe(true);
    await page.screenshot({ path: `${artifacts}/login-error-phone.png` });
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the map after signing in', () => {
  it.each([
    ['desktop', desktop],
    ['phone', phone],
  ])('shows villages, key areas and businesses on a %s', async (name, viewport) => {
    const { page, errors, close } = await openMapAs(e2e, viewport, 'lanhdao');
    const counts = await renderedCounts(page);
    await page.screenshot({ path: `${artifacts}/map-${name}.png` });
    expect(counts.villages).toBeGreaterThan(0);
    expect(counts.keyAreas).toBeGreaterThan(0);
    expect(counts.businesses).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Dữ liệu mô phỏng').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Lãnh đạo', { exact: true }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows a village head only the businesses of their own village, fitted and outlined', async () => {
    // Which village to try: the first, in the API's order, that has businesses at all, read as
    // the leadership (who see every business) to know what the village head should see.
    const lead = await openPage(e2e.browser, desktop);
    await signIn(lead.page, e2e.server.url, 'lanhdao');
    await lead.page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    const getJson = async (path: string) => {
      const response = await lead.page.context().request.get(`${e2e.server.url}${path}`);
      if (!response.ok()) throw new Error(`GET ${path} as lanhdao: ${response.status()}`);
      return response.json();
    };
    const villages = (await getJson('/api/villages')) as {
      features: { properties: { id: number | string; slug: string; name: string } }[];
    };
    const businesses = (await getJson('/api/businesses')) as {
      features: { properties: { id: number | string; village: number | string | null } }[];
    };
    await lead.close();
    const village = villages.features
      .map((f) => f.properties)
      .find((v) => businesses.features.some((b) => b.properties.village === v.id));
    if (!village) throw new Error('no village in the demo data has businesses');
    const expected = businesses.features
      .filter((b) => b.properties.village === village.id)
      .map((b) => b.properties.id);

    const { page, errors, close } = await openPage(e2e.browser, phone);
    await signIn(page, e2e.server.url, `thon-${village.slug}`);
    await waitForMap(page);
    await expect
      .poll(() => page.getByText(`Trưởng thôn ${village.name}`).first().isVisible())
      .toBe(true);
    await page.screenshot({ path: `${artifacts}/village-head-phone.png` });

    const seen = await page.evaluate(
      async ({ source, points, outline }) => {
        const map = (window as MapWindow).__map;
        if (!map) throw new Error('the page exposes no map');
        const data = await map.getSource(source)?.getData();
        return {
          loaded: (data?.features ?? []).map((f) => ({
            id: f.properties?.id,
            village: f.properties?.village,
          })),
          drawn: map.queryRenderedFeatures({ layers: [points] }).map((f) => f.properties.village),
          outlined: map.getLayoutProperty(outline, 'visibility'),
          centre: map.getCenter(),
        };
      },
      {
        source: businessesSourceId,
        points: businessPointLayerId,
        outline: ownVillageOutlineLayerId,
      },
    );
    expect(seen.loaded.length).toBeGreaterThan(0);
    for (const business of seen.loaded) expect(business.village).toBe(village.id);
    expect(seen.loaded.map((b) => b.id).sort()).toEqual([...expected].sort());
    for (const drawn of seen.drawn) expect(drawn).toBe(village.id);
    expect(seen.outlined).toBe('visible');

    // The map opened on their village: its centre lies inside the village's bounding box.
    const inside = await page.evaluate(
      async ({ id, centre }) => {
        const response = await fetch('/api/villages');
        const body = (await response.json()) as FeatureCollection;
        const own = body.features.find((f) => f.properties?.id === id);
        if (!own || (own.geometry.type !== 'Polygon' && own.geometry.type !== 'MultiPolygon')) {
          return false;
        }
        const rings =
          own.geometry.type === 'Polygon' ? [own.geometry.coordinates] : own.geometry.coordinates;
        const positions = rings.flatMap((polygon) => polygon[0] ?? []);
        const lngs = positions.map((p) => p[0] ?? 0);
        const lats = positions.map((p) => p[1] ?? 0);
        return (
          centre.lng >= Math.min(...lngs) &&
          centre.lng <= Math.max(...lngs) &&
          centre.lat >= Math.min(...lats) &&
          centre.lat <= Math.max(...lats)
        );
      },
      { id: village.id, centre: seen.centre },
    );
    expect(inside).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the health station the map without businesses and without an error', async () => {
    const { page, errors, close } = await openMapAs(e2e, desktop, 'tramyte');
    const counts = await renderedCounts(page);
    await page.screenshot({ path: `${artifacts}/map-health-desktop.png` });
    expect(counts.villages).toBeGreaterThan(0);
    expect(counts.keyAreas).toBeGreaterThan(0);
    expect(counts.businesses).toBe(0);
    expect(await page.getByText('Trạm Y tế', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Cơ sở kinh doanh nhạy cảm').count()).toBe(0);
    expect(await page.getByText('Trạng thái cơ sở').count()).toBe(0);
    expect(await page.locator('.banner-error').count()).toBe(0);
    expect(await page.getByText('Không tải được').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('signs out back to the login page, and a lost session returns there with a note', async () => {
    const { page, errors, close } = await openMapAs(e2e, desktop, 'vanhoa');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    expect(await page.getByRole('button', { name: 'Đăng nhập', exact: true }).isVisible()).toBe(
      true,
    );
    // The session is really gone on the server, not just hidden.
    const me = await page.context().request.get(`${e2e.server.url}/api/auth/me`);
    expect(me.status()).toBe(401);

    // A session that ends while the map is open (here: its cookie is dropped, as after the
    // idle timeout) sends the page back to the login page once the app next asks the API.
    await signIn(page, e2e.server.url, 'vanhoa');
    await waitForMap(page);
    await page.context().clearCookies();
    await page.clock.setFixedTime(Date.now() + 31 * 60_000);
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await page.getByText('Phiên đăng nhập đã hết hạn').waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
