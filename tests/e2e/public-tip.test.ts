// A citizen on a phone files a tip on /bao-tin without logging in: category, description, a
// place tapped on the map, a photo; gets a tracking code, looks it up ("Đã tiếp nhận") and adds
// information. Screenshots in artifacts/e2e/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { desktop, openPage, phone, waitForMap } from '../helpers/pages';

const e2e = e2eSuite();

// A 2×2 PNG, as a phone's photo would be (the server checks the bytes, not the name).
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEklEQVQImWM4YaNxwkaDAUIBACNeBLHoo3lxAAAAAElFTkSuQmCC',
  'base64',
);

type MapProbe = {
  project(lngLat: [number, number]): { x: number; y: number };
  getContainer(): HTMLElement;
};

/** Where a place is on the page right now (the map scrolled into view first). */
async function placeOnPage(page: Page, lngLat: [number, number]) {
  await page.locator('.public-map').scrollIntoViewIfNeeded();
  return page.evaluate((lngLat) => {
    const map = (window as unknown as { __map: MapProbe }).__map;
    const box = map.getContainer().getBoundingClientRect();
    const { x, y } = map.project(lngLat);
    return { x: box.left + x, y: box.top + y };
  }, lngLat);
}

describe('the public tip form on a phone', () => {
  it('files a tip with a place tapped on the map, shows the code, and the code shows the status', async () => {
    const [village] = await e2e.server.sql<[{ lng: number; lat: number }]>`
      select ST_X(p) as lng, ST_Y(p) as lat
      from (select ST_PointOnSurface(geom) as p from villages where geom is not null order by id offset 3 limit 1) v`;
    const citizen = await openPage(e2e.browser, phone);
    const { page } = citizen;
    await page.goto(`${e2e.server.url}/bao-tin`);
    await page.getByRole('heading', { name: 'Gửi tin báo về tệ nạn mại dâm' }).waitFor();
    await waitForMap(page);
    expect(await page.getByRole('switch', { name: 'Gửi ẩn danh' }).isChecked()).toBe(true);
    await page.screenshot({ path: `${artifacts}/public-tip-phone-empty.png`, fullPage: true });

    await page.getByLabel('Cơ sở kinh doanh trá hình (karaoke, massage, nhà nghỉ…)').check();
    await page
      .getByLabel('Mô tả sự việc')
      .fill(
        'Quán karaoke ven đường có nhiều người lạ ra vào sau 23 giờ, nghi có môi giới mại dâm.',
      );
    const at = await placeOnPage(page, [village.lng, village.lat]);
    await page.mouse.click(at.x, at.y);
    await page.getByText('Đã chọn vị trí trên bản đồ.').waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'anh-quan.png',
      mimeType: 'image/png',
      buffer: png,
    });
    await page.getByText('anh-quan.png').waitFor();
    // Leaving a contact is one switch away; back to anonymous for this tip.
    await page.getByRole('switch', { name: 'Gửi ẩn danh' }).click();
    await page.getByLabel('Số điện thoại').waitFor();
    await page.screenshot({ path: `${artifacts}/public-tip-phone-filled.png`, fullPage: true });
    await page.getByRole('switch', { name: 'Gửi ẩn danh' }).click();
    expect(await page.getByLabel('Số điện thoại').count()).toBe(0);

    await page.getByRole('button', { name: 'Gửi tin báo', exact: true }).click();
    await page.getByRole('heading', { name: /Đã gửi tin báo/ }).waitFor();
    const code = await page.getByLabel('Mã tra cứu').inputValue();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    await page.getByText(/Mã chỉ hiện một lần/).waitFor();
    await page.screenshot({ path: `${artifacts}/public-tip-phone-code.png` });

    // The tip is where it was tapped (a few pixels at this zoom), anonymous, with its photo.
    const [tip] = await e2e.server.sql<
      [{ id: number; channel: string; metres: number; files: number; reporters: number }]
    >`
      select t.id::int, t.channel,
             ST_Distance(t.geom::geography, ST_SetSRID(ST_MakePoint(${village.lng}, ${village.lat}), 4326)::geography) as metres,
             (select count(*)::int from attachments a where a.owner_kind = 'tip' and a.owner_id = t.id) as files,
             (select count(*)::int from tip_reporters r where r.tip_id = t.id) as reporters
      from tips t where t.channel = 'public-form' order by t.id desc limit 1`;
    expect(tip).toMatchObject({ channel: 'public-form', files: 1, reporters: 0 });
    expect(tip.metres).toBeLessThan(60);

    await page.getByRole('button', { name: 'Xem tình trạng tin báo' }).click();
    await page.getByRole('heading', { name: 'Tra cứu tin báo' }).waitFor();
    expect(page.url()).toBe(`${e2e.server.url}/bao-tin/tra-cuu`);
    expect(await page.getByLabel('Mã tra cứu').inputValue()).toBe(code);
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.locator('.public-status-text', { hasText: 'Đã tiếp nhận' }).waitFor();
    await page.getByLabel(/Nếu bạn biết thêm/).fill('Xe ô tô biển 34A thường đỗ trước cửa quán.');
    await page.getByRole('button', { name: 'Gửi bổ sung' }).click();
    await page.getByText('Đã gửi thông tin bổ sung. Cảm ơn bạn.').waitFor();
    await page.screenshot({ path: `${artifacts}/public-tip-phone-status.png`, fullPage: true });
    const additions = await e2e.server.sql`select body from tip_additions where tip_id = ${tip.id}`;
    expect(additions).toEqual([{ body: 'Xe ô tô biển 34A thường đỗ trước cửa quán.' }]);

    // A wrong code says so in plain words.
    await page.getByLabel('Mã tra cứu').fill('AAAA-BBBB-CCCC-DDDD');
    await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await page.getByText('Không tìm thấy tin báo với mã này').waitFor();
    expect(citizen.errors).toEqual([]);
    await citizen.close();
  });

  it('is reached from the login page and fits a laptop', async () => {
    const visitor = await openPage(e2e.browser, desktop);
    const { page } = visitor;
    await page.goto(e2e.server.url);
    await page.getByRole('link', { name: 'Gửi tin báo không cần đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Gửi tin báo về tệ nạn mại dâm' }).waitFor();
    await waitForMap(page);
    // Sent empty: each missing answer is named, nothing leaves the page.
    await page.getByRole('button', { name: 'Gửi tin báo', exact: true }).click();
    await page.getByText('Hãy chọn loại việc bạn muốn báo.').waitFor();
    await page.screenshot({ path: `${artifacts}/public-tip-desktop.png`, fullPage: true });
    expect(visitor.errors).toEqual([]);
    await visitor.close();
  });
});
