// The village head's flow on a phone (390×844), end to end: propose a business by tapping the
// map, be refused outside the village, see it pending; police approve it in the queue with the
// map diff; leadership then sees it on the map.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { businessesSourceId } from '../../web/src/map/layers';
import { proposalAfterLayerId } from '../../web/src/map/proposal-overlay';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { openMapAs, openPage, phone, signIn, waitForMap } from '../helpers/pages';
import { villageScreenPoint } from '../helpers/village-screen-point';

const name = 'Karaoke Thử Nghiệm E2E';
const e2e = e2eSuite();
let village: { id: number; slug: string; name: string; lng: number; lat: number };

beforeAll(async () => {
  const [row] = await e2e.server.sql<[typeof village]>`
    select id, slug, name, ST_X(p) as lng, ST_Y(p) as lat
    from (select id, slug, name, ST_PointOnSurface(geom) as p from villages order by id limit 1) v`;
  village = row;
});

/** The bits of MapLibre's map renderedOn uses (window.__map). */
type Probe = {
  getLayer(id: string): unknown;
  queryRenderedFeatures(options: { layers: string[] }): unknown[];
};

/**
 * A screen point (CSS pixels in the page) over the given village or, with `inside` false,
 * over another one; found on a grid, away from the edges and from boundaries (±14 px agree).
 */
async function tapPoint(page: Page, villageId: number, inside: boolean) {
  const map = await page.locator('.map-area > .map').boundingBox();
  if (!map) throw new Error('the map is not on the page');
  const found = await villageScreenPoint(page, {
    villageId,
    inside,
    top: map.y + 150,
    bottom: map.y + map.height - 220,
    side: 30,
    step: 12,
    spread: 14,
  });
  if (!found)
    throw new Error(`no screen point ${inside ? 'inside' : 'outside'} village ${villageId}`);
  return found;
}

async function renderedOn(page: Page, layer: string) {
  return page.evaluate((layer) => {
    const map = (window as unknown as { __map: Probe }).__map;
    return map.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }).length : 0;
  }, layer);
}

describe('a village head proposes, police approve, leadership sees it (390×844)', () => {
  it('goes from a tap on the map to a business on everyone’s map', async () => {
    // 1. The village head, on a phone with its position inside the village.
    const head = await openPage(e2e.browser, phone, {
      geolocation: { latitude: village.lat, longitude: village.lng, accuracy: 12 },
    });
    await signIn(head.page, e2e.server.url, `thon-${village.slug}`);
    await waitForMap(head.page);
    await head.page.screenshot({ path: `${artifacts}/village-head-phone.png` });

    await head.page.getByRole('button', { name: 'Thêm cơ sở' }).click();
    await head.page.getByText(`Chạm vào bản đồ trong thôn ${village.name}`).waitFor();

    // A tap outside the village is refused before anything is sent.
    const requests: string[] = [];
    head.page.on('request', (r) => {
      if (r.method() !== 'GET') requests.push(`${r.method()} ${r.url()}`);
    });
    const outside = await tapPoint(head.page, village.id, false);
    await head.page.mouse.click(outside.x, outside.y);
    const refusal = head.page.getByRole('alert').filter({ hasText: 'nằm ngoài thôn' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(`Vị trí này nằm ngoài thôn ${village.name}`);
    expect(requests).toEqual([]);
    await head.page.screenshot({ path: `${artifacts}/village-head-refused-phone.png` });

    // A tap inside opens the form at a draggable mark.
    const inside = await tapPoint(head.page, village.id, true);
    await head.page.mouse.click(inside.x, inside.y);
    await head.page.getByRole('heading', { name: 'Đề xuất thêm cơ sở' }).waitFor();
    expect(await head.page.locator('.edit-marker').count()).toBe(1);
    const form = head.page.locator('.business-form');
    await form.getByLabel('Tên cơ sở').fill(name);
    await form.getByLabel('Loại hình').selectOption('karaoke');
    await form.getByLabel('Địa chỉ').fill(`Xóm Giữa, thôn ${village.name}`);
    await form.getByLabel('Số điện thoại').fill('0912 345 678');
    await head.page.screenshot({ path: `${artifacts}/village-head-form-phone.png` });
    await form.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await head.page.getByText(`Đã gửi đề xuất “${name}”`).waitFor();

    // Pending: marked on the map and listed under "Đề xuất của tôi".
    await expect.poll(() => renderedOn(head.page, proposalAfterLayerId)).toBeGreaterThan(0);
    await head.page.screenshot({ path: `${artifacts}/village-head-pending-phone.png` });
    await head.page.locator('.sheet-handle').click();
    const mine = head.page.locator('.my-proposals .proposal-item').filter({ hasText: name });
    await mine.waitFor();
    expect(await mine.textContent()).toContain('Chờ duyệt');
    await head.page.screenshot({ path: `${artifacts}/village-head-my-proposals-phone.png` });
    await head.page.locator('.sheet-handle').click();

    // The phone's position works too (the form opens there); cancelled, nothing sent.
    await head.page.getByRole('button', { name: 'Thêm cơ sở' }).click();
    await head.page.getByRole('button', { name: 'Dùng vị trí hiện tại' }).click();
    await head.page.getByRole('heading', { name: 'Đề xuất thêm cơ sở' }).waitFor();
    await head.page.getByText('sai số khoảng 12 m').waitFor();
    await head.page.getByRole('button', { name: 'Huỷ' }).click();
    expect(head.errors).toEqual([]);
    await head.close();

    const [pending] = await e2e.server.sql`
      select id, status from proposals where changes->>'name' = ${name}`;
    expect(pending?.status).toBe('pending');

    // 2. Police: the queue, the map diff, approve.
    const police = await openMapAs(e2e, phone, 'congan');
    await police.page.locator('.sheet-handle').click();
    const queued = police.page.locator('.review-queue .proposal-item').filter({ hasText: name });
    await queued.waitFor();
    await queued.click();
    await police.page.locator('.sheet-handle').click();
    const card = police.page.locator('.review-card');
    await card.getByRole('heading', { name }).waitFor();
    expect(await card.locator('tr.changed').count()).toBeGreaterThan(3);
    await expect.poll(() => renderedOn(police.page, proposalAfterLayerId)).toBe(1);
    await police.page.waitForTimeout(700); // the fit to the diff animates
    await police.page.screenshot({ path: `${artifacts}/police-review-phone.png` });
    await card.getByRole('button', { name: 'Duyệt' }).click();
    await police.page.getByText(`Đã duyệt đề xuất “${name}”`).waitFor();
    await police.page.screenshot({ path: `${artifacts}/police-approved-phone.png` });
    expect(police.errors).toEqual([]);
    await police.close();

    // 3. Leadership sees the new business on the map.
    const lead = await openMapAs(e2e, phone, 'lanhdao');
    const names = await lead.page.evaluate(async (source) => {
      const map = (
        window as unknown as {
          __map: {
            getSource(id: string): {
              getData(): Promise<{ features: { properties: { name: string } }[] }>;
            };
          };
        }
      ).__map;
      const data = await map.getSource(source).getData();
      return data.features.map((f) => f.properties.name);
    }, businessesSourceId);
    expect(names).toContain(name);
    expect(lead.errors).toEqual([]);
    await lead.close();

    const [approved] = await e2e.server.sql`
      select p.status, b.village_id from proposals p join businesses b on b.id = p.business_id
      where p.id = ${pending?.id}`;
    expect(approved).toEqual({ status: 'approved', village_id: village.id });
  });
});
