// Police review village heads' proposals on a phone (390×844): the queue sorts and filters, an
// opened proposal shows with its village's outline and name around it, and "Duyệt"/"Từ chối"
// are in full view on the card.
import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { villageLabelLayerId, villageOutlineLayerId } from '../../web/src/map/layers';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { openMapAs, openPage, phone, signIn, waitForMap } from '../helpers/pages';

const e2e = e2eSuite();

type Village = { id: number; slug: string; name: string; lng: number; lat: number };

/** A village head's proposals, sent as their phone sends them (the journey under test is the review). */
async function villageHeadSends(
  village: Village,
  send: (request: APIRequestContext) => Promise<void>,
) {
  const head = await openPage(e2e.browser, phone);
  await signIn(head.page, e2e.server.url, `thon-${village.slug}`);
  await head.page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  await send(head.page.context().request);
  await head.close();
}

const post = async (
  request: APIRequestContext,
  method: 'POST' | 'PATCH',
  path: string,
  data: unknown,
) => {
  const response = await request.fetch(`${e2e.server.url}/api${path}`, {
    method,
    data,
    headers: { Origin: e2e.server.url },
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
};

type MapProbe = {
  getZoom(): number;
  queryRenderedFeatures(options: { layers: string[] }): { properties: Record<string, unknown> }[];
  isMoving(): boolean;
};

/** What the map shows now: its zoom, the village names and outlines drawn. */
async function mapNow(page: Page) {
  return page.evaluate(
    ({ labels, outlines }) => {
      const map = (window as unknown as { __map: MapProbe }).__map;
      return {
        zoom: map.getZoom(),
        moving: map.isMoving(),
        labels: map
          .queryRenderedFeatures({ layers: [labels] })
          .map((f) => String(f.properties.name)),
        outlines: map.queryRenderedFeatures({ layers: [outlines] }).length,
      };
    },
    { labels: villageLabelLayerId, outlines: villageOutlineLayerId },
  );
}

const items = (page: Page) => page.locator('.review-queue .proposal-item');

describe('the police review queue on a phone', () => {
  it('sorts and filters the queue, shows a proposal in its village, and decides in full view', async () => {
    const villages = await e2e.server.sql<Village[]>`
      select id, slug, name, ST_X(p) as lng, ST_Y(p) as lat
      from (select id, slug, name, ST_PointOnSurface(geom) as p from villages v
            where exists (select from users u where u.username = 'thon-' || v.slug)
              and exists (select from businesses b where b.village_id = v.id)
            order by id offset 2 limit 2) v`;
    const [east, west] = villages;
    if (!east || !west) throw new Error('two villages with a head and businesses are needed');
    const [business] = await e2e.server.sql<[{ id: number; name: string }]>`
      select id, name from businesses where village_id = ${west.id} order by id limit 1`;
    const older = 'Quán Nước Hàng Đợi Cũ';
    const newest = 'Nhà nghỉ Hàng Đợi Mới';
    await villageHeadSends(east, (r) =>
      post(r, 'POST', '/businesses', {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [east.lng, east.lat] },
        properties: { name: older, type: 'bar-cafe', address: `Thôn ${east.name}` },
      }),
    );
    await villageHeadSends(west, (r) =>
      post(r, 'PATCH', `/businesses/${business.id}`, { properties: { phone: '0912 000 111' } }),
    );
    await villageHeadSends(east, (r) =>
      post(r, 'POST', '/businesses', {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [east.lng + 0.0004, east.lat] },
        properties: { name: newest, type: 'lodging', address: `Thôn ${east.name}` },
      }),
    );
    const pending = await e2e.server.sql<{ name: string; village: string; action: string }[]>`
      select coalesce(p.changes->>'name', b.name) as name, v.name as village, p.action
      from proposals p join villages v on v.id = p.village_id
      left join businesses b on b.id = p.business_id
      where p.status = 'pending' order by p.proposed_at, p.id`;

    const police = await openMapAs(e2e, phone, 'congan');
    await police.page.locator('.sheet-handle').click();
    await items(police.page).first().waitFor();
    const queue = police.page.locator('.review-queue');

    // Newest first by default; the oldest first when asked.
    expect(await items(police.page).first().locator('.proposal-name').textContent()).toBe(newest);
    await queue.getByLabel('Sắp xếp').selectOption({ label: 'Cũ nhất trước' });
    expect(await items(police.page).first().locator('.proposal-name').textContent()).toBe(
      pending[0]?.name,
    );
    // One village: only its proposals.
    await queue.getByLabel('Thôn').selectOption({ label: east.name });
    const inEast = pending.filter((p) => p.village === east.name);
    await expect.poll(() => items(police.page).count()).toBe(inEast.length);
    for (const text of await items(police.page).allTextContents())
      expect(text).toContain(east.name);
    // One kind: the changes only (none in this village, then all of them).
    await queue.getByLabel('Loại đề xuất').selectOption({ label: 'Sửa' });
    await expect
      .poll(() => items(police.page).count())
      .toBe(inEast.filter((p) => p.action === 'update').length);
    await queue.getByLabel('Thôn').selectOption({ label: 'Tất cả' });
    await expect
      .poll(() => items(police.page).count())
      .toBe(pending.filter((p) => p.action === 'update').length);
    await police.page.screenshot({ path: `${artifacts}/review-queue-filtered-phone.png` });
    await queue.getByLabel('Loại đề xuất').selectOption({ label: 'Tất cả' });
    await queue.getByLabel('Sắp xếp').selectOption({ label: 'Mới nhất trước' });

    // Open the newest: the map shows it in its village, with the outline and the name.
    await items(police.page).filter({ hasText: newest }).click();
    await police.page.locator('.sheet-handle').click();
    const card = police.page.locator('.review-card');
    await card.getByRole('heading', { name: newest }).waitFor();
    await expect
      .poll(async () => {
        const now = await mapNow(police.page);
        return !now.moving && now.labels.includes(east.name);
      })
      .toBe(true);
    const shown = await mapNow(police.page);
    expect(shown.zoom).toBeGreaterThanOrEqual(12);
    expect(shown.zoom).toBeLessThanOrEqual(16);
    expect(shown.labels).toContain(east.name);
    expect(shown.outlines).toBeGreaterThan(0);

    // "Duyệt" and "Từ chối" are wholly inside the card and the screen.
    const sheet = await police.page.locator('.review-sheet').boundingBox();
    const viewport = police.page.viewportSize();
    if (!sheet || !viewport) throw new Error('no card');
    for (const name of ['Duyệt', 'Từ chối']) {
      const button = await card.getByRole('button', { name, exact: true }).boundingBox();
      if (!button) throw new Error(`no ${name}`);
      expect(button.y).toBeGreaterThanOrEqual(sheet.y);
      expect(button.y + button.height).toBeLessThanOrEqual(sheet.y + sheet.height);
      expect(button.y + button.height).toBeLessThanOrEqual(viewport.height);
    }
    await police.page.screenshot({ path: `${artifacts}/review-card-phone.png` });
    await card.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await police.page.getByText(`Đã duyệt đề xuất “${newest}”`).waitFor();
    expect(police.errors).toEqual([]);
    await police.close();

    // On a laptop (1366×768) too: the card beside the map, its decision wholly in view.
    const laptop = await openPage(e2e.browser, { width: 1366, height: 768 });
    await signIn(laptop.page, e2e.server.url, 'congan');
    await waitForMap(laptop.page);
    await items(laptop.page).filter({ hasText: older }).click();
    const side = laptop.page.locator('.review-card');
    await side.getByRole('heading', { name: older }).waitFor();
    const sideSheet = await laptop.page.locator('.review-sheet').boundingBox();
    if (!sideSheet) throw new Error('no card');
    for (const name of ['Duyệt', 'Từ chối']) {
      const button = await side.getByRole('button', { name, exact: true }).boundingBox();
      if (!button) throw new Error(`no ${name}`);
      expect(button.y + button.height).toBeLessThanOrEqual(sideSheet.y + sideSheet.height);
      expect(button.y + button.height).toBeLessThanOrEqual(768);
    }
    await expect.poll(async () => (await mapNow(laptop.page)).moving).toBe(false);
    const beside = await mapNow(laptop.page);
    expect(beside.zoom).toBeLessThanOrEqual(16);
    expect(beside.outlines).toBeGreaterThan(0);
    await laptop.page.screenshot({ path: `${artifacts}/review-card-laptop.png` });
    expect(laptop.errors).toEqual([]);
    await laptop.close();
  }, 180_000);
});
