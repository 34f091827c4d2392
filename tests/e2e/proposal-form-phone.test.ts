// A village head on a phone (390×844, touch) proposes a business: the form asks for its type,
// folds to leave the map free, the pin is dragged into place, and the proposal goes in where
// the pin was left.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { openPage, phone, signIn, waitForMap } from '../helpers/pages';
import { villageScreenPoint } from '../helpers/village-screen-point';

const e2e = e2eSuite();

/** The bits of MapLibre's map the test reads (window.__map). */
type Probe = {
  getContainer(): HTMLElement;
  unproject(point: [number, number]): { lng: number; lat: number };
};

type Box = { x: number; y: number; width: number; height: number };

/**
 * A page point inside the village, between `top` and `bottom` of the page less 30 px, away from
 * its edges (and at least 60 px from `away`, if given).
 */
const pointInVillage = (
  page: Page,
  villageId: number,
  top: number,
  bottom: number,
  away?: { x: number; y: number },
) =>
  villageScreenPoint(page, {
    villageId,
    inside: true,
    top: top + 30,
    bottom: bottom - 30,
    side: 40,
    step: 10,
    spread: 20,
    away,
  });

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not on the page`);
  return found as Box;
};

/** The share of the map's height a bottom sheet covers. */
const coveredShare = (map: Box, sheet: Box) =>
  Math.max(0, map.y + map.height - sheet.y) / map.height;

describe('a village head’s proposal form on a phone', () => {
  it('asks for the type, folds to free the map, and sends the pin where it was dragged', async () => {
    const [village] = await e2e.server.sql<[{ id: number; slug: string; name: string }]>`
      select id, slug, name from villages order by id offset 1 limit 1`;
    const name = 'Nhà nghỉ Kéo Ghim E2E';
    const head = await openPage(e2e.browser, phone);
    await signIn(head.page, e2e.server.url, `thon-${village.slug}`);
    await waitForMap(head.page);
    await head.page.getByRole('button', { name: 'Thêm cơ sở' }).click();
    await head.page.getByText(`Chạm vào bản đồ trong thôn ${village.name}`).waitFor();
    const mapBox = await box(head.page, '.map-area');
    const tap = await pointInVillage(
      head.page,
      village.id,
      mapBox.y + 60,
      mapBox.y + mapBox.height - 200,
    );
    if (!tap) throw new Error('no point in the village');
    await head.page.mouse.click(tap.x, tap.y);
    const form = head.page.locator('.business-form');
    await form.getByRole('heading', { name: 'Đề xuất thêm cơ sở' }).waitFor();

    // The type is asked, not preset; sending without it says so and sends nothing.
    expect(await form.getByLabel('Loại hình').inputValue()).toBe('');
    const posts: string[] = [];
    head.page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await form.getByLabel('Tên cơ sở').fill(name);
    await form.getByLabel('Địa chỉ').fill(`Xóm Đông, thôn ${village.name}`);
    await form.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await form.getByRole('alert').filter({ hasText: 'Hãy chọn loại hình' }).waitFor();
    expect(posts).toEqual([]);

    // Open, the form leaves at least half of the map free.
    await head.page.waitForTimeout(400); // the map eases the pin into the free part
    expect(coveredShare(mapBox, await box(head.page, '.edit-sheet'))).toBeLessThanOrEqual(0.5);
    await head.page.screenshot({ path: `${artifacts}/proposal-form-open-phone.png` });

    // Folded, it is only its title and buttons; the pin is in the free part of the map.
    await form.getByRole('button', { name: 'Thu gọn để kéo ghim' }).click();
    await form.getByRole('button', { name: 'Mở lại biểu mẫu' }).waitFor();
    await head.page.waitForTimeout(400);
    const sheet = await box(head.page, '.edit-sheet');
    expect(coveredShare(mapBox, sheet)).toBeLessThanOrEqual(0.3);
    const pin = await box(head.page, '.edit-marker');
    expect(pin.y).toBeGreaterThan(mapBox.y);
    expect(pin.y + pin.height).toBeLessThan(sheet.y);
    await head.page.screenshot({ path: `${artifacts}/proposal-form-folded-phone.png` });

    // Drag the pin to another spot in the village, in the free part of the map.
    const pinTip = { x: pin.x + pin.width / 2, y: pin.y + pin.height - 4 };
    const target = await pointInVillage(head.page, village.id, mapBox.y + 20, sheet.y - 10, pinTip);
    if (!target) throw new Error('no free point in the village');
    expect(Math.hypot(target.x - pinTip.x, target.y - pinTip.y)).toBeGreaterThanOrEqual(60);
    await head.page.mouse.move(pinTip.x, pinTip.y);
    await head.page.mouse.down();
    await head.page.mouse.move((pinTip.x + target.x) / 2, (pinTip.y + target.y) / 2, { steps: 5 });
    await head.page.mouse.move(target.x, target.y, { steps: 5 });
    await head.page.mouse.up();
    const dropped = await head.page.evaluate((at) => {
      const map = (window as unknown as { __map: Probe }).__map;
      const box = map.getContainer().getBoundingClientRect();
      return map.unproject([at.x - box.left, at.y - box.top]);
    }, target);

    // Unfolded, what was typed is still there; choose the type and send.
    await form.getByRole('button', { name: 'Mở lại biểu mẫu' }).click();
    expect(await form.getByLabel('Tên cơ sở').inputValue()).toBe(name);
    await form.getByLabel('Loại hình').selectOption('lodging');
    await form.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await head.page.getByText(`Đã gửi đề xuất “${name}”`).waitFor();
    expect(head.errors).toEqual([]);
    await head.close();

    const [row] = await e2e.server.sql<[{ type: string; metres: number }]>`
      select changes->>'type' as type,
             ST_Distance(after_geom::geography,
                         ST_SetSRID(ST_MakePoint(${dropped.lng}, ${dropped.lat}), 4326)::geography)
               as metres
      from proposals where changes->>'name' = ${name}`;
    expect(row.type).toBe('lodging');
    expect(row.metres).toBeLessThan(15);
  });
});
