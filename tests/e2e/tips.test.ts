// Police take a tip from the map to "handled" and watch indicator đ change.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tipPointLayerId } from '../../web/src/tips/tip-layer';
import { artifacts, e2eSuite } from '../helpers/e2e';
import {
  centreOn,
  desktop,
  openMapAs,
  openPage,
  phone,
  signIn,
  waitForMap,
} from '../helpers/pages';
import { jpegBytes } from '../helpers/upload-files';

const e2e = e2eSuite();

type MapProbe = {
  queryRenderedFeatures(options: { layers: string[] }): { properties: { id: number } }[];
  getLayer(id: string): unknown;
};

const indicator = (page: Page) =>
  page.locator('[data-indicator="đ"] .indicator-value').textContent();

describe('police work a tip on the map', () => {
  it('takes a classified tip to handled, and indicator đ counts it', async () => {
    const [tip] = await e2e.server.sql<[{ id: number; lng: number; lat: number }]>`
      select id::int, ST_X(geom) as lng, ST_Y(geom) as lat from tips
      where status = 'classified' and duplicate_of is null and geom is not null
        and received_at >= date_trunc('year', now() at time zone 'Asia/Ho_Chi_Minh') at time zone 'Asia/Ho_Chi_Minh'
      order by received_at desc limit 1`;
    expect(tip).toBeDefined();

    const police = await openMapAs(e2e, desktop, 'congan');
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
    const at = await centreOn(police.page, [tip.lng, tip.lat], 17);
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

    const [row] = await e2e.server.sql`select status from tips where id = ${tip.id}`;
    expect(row?.status).toBe('handled');
  });

  it('takes a tip in by tapping the map, and opens it with its steps', async () => {
    const police = await openMapAs(e2e, desktop, 'congan');
    await police.page.getByRole('button', { name: '+ Tiếp nhận tin báo' }).click();
    await police.page.getByText('Chạm vào nơi được báo trên bản đồ').waitFor();
    const box = await police.page.locator('.map-area').boundingBox();
    if (!box) throw new Error('no map');
    // An empty spot between the villages' labels: the middle of the map, a little up.
    await police.page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.3);
    const form = police.page.locator('.tip-intake-form');
    await form.getByRole('heading', { name: 'Tiếp nhận tin báo' }).waitFor();
    await form.getByLabel('Kênh').selectOption('in-person');
    await form
      .getByLabel('Nội dung')
      .fill('Người dân đến trụ sở phản ánh có hoạt động môi giới ở quán nước đầu xóm.');
    await form.getByLabel('Độ chính xác của vị trí').selectOption('200');
    await form.getByLabel('Người báo tin cho biết danh tính').check();
    await form.getByLabel('Họ tên').fill('Người Báo Tin Thử');
    await form.getByLabel('Thêm ảnh, tệp PDF').setInputFiles({
      name: 'anh-hien-truong.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(jpegBytes(4096)),
    });
    await police.page.screenshot({ path: `${artifacts}/tips-intake-desktop.png` });
    await form.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    const card = police.page.locator('.tip-card');
    await card.getByText('Vị trí gần đúng, trong bán kính 200 m').waitFor();
    const title = await card.getByRole('heading', { level: 2 }).textContent();
    const id = Number(/#(\d+)/.exec(title ?? '')?.[1]);
    const [row] = await e2e.server.sql`
      select t.channel, t.precision_meters, r.name from tips t join tip_reporters r on r.tip_id = t.id
      where t.id = ${id}`;
    expect(row).toEqual({ channel: 'in-person', precision_meters: 200, name: 'Người Báo Tin Thử' });
    expect(await card.textContent()).not.toContain('Người Báo Tin Thử'); // hidden until asked
    await card.getByRole('link', { name: 'anh-hien-truong.jpg' }).waitFor();
    const [file] = await e2e.server.sql`
      select file_name, size_bytes from attachments where owner_kind = 'tip' and owner_id = ${id}`;
    // Re-encoded without metadata: a size of its own.
    expect(file).toEqual({ file_name: 'anh-hien-truong.jpg', size_bytes: expect.any(Number) });
    expect(police.errors).toEqual([]);
    await police.close();
  });

  it('lets a village head take a tip in on a phone and follow it', async () => {
    const [village] = await e2e.server.sql<
      [{ slug: string }]
    >`select slug from villages order by id limit 1`;
    const head = await openPage(e2e.browser, phone);
    await signIn(head.page, e2e.server.url, `thon-${village.slug}`);
    await waitForMap(head.page);
    await head.page.locator('.sheet-handle').click();
    await head.page.getByRole('button', { name: '+ Tiếp nhận tin báo' }).click();
    await head.page.getByRole('button', { name: 'Chỉ ghi địa chỉ' }).click();
    const form = head.page.locator('.tip-intake-form');
    await form.getByLabel('Kênh').selectOption('village');
    await form
      .getByLabel('Nội dung')
      .fill('Bà con phản ánh nhà trọ cuối thôn có nhiều người lạ ra vào ban đêm.');
    await form.getByLabel('Địa chỉ').fill('Nhà trọ cuối thôn');
    await head.page.screenshot({ path: `${artifacts}/tips-intake-village-phone.png` });
    await form.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await head.page.getByText(/Đã tiếp nhận tin báo #\d+\./).waitFor();
    await head.page.locator('.sheet-handle').click();
    await head.page
      .locator('.my-tips .proposal-item')
      .filter({ hasText: 'Đã tiếp nhận' })
      .first()
      .waitFor();
    await head.page.screenshot({ path: `${artifacts}/tips-village-mine-phone.png` });
    expect(head.errors).toEqual([]);
    await head.close();
  });

  it('records an online advert and the takedown asked of the platform', async () => {
    const police = await openMapAs(e2e, desktop, 'congan');
    const section = police.page.locator('.online-violations');
    await section.getByRole('button', { name: '+ Ghi nhận vi phạm trên mạng' }).click();
    await section.getByLabel('Nền tảng').fill('TikTok');
    await section.getByLabel('Đường dẫn hoặc tài khoản').fill('@massage.thugian.24h');
    await section.getByRole('button', { name: 'Lưu' }).click();
    const item = section.locator('.proposal-item').filter({ hasText: '@massage.thugian.24h' });
    await item.getByText('Chưa yêu cầu gỡ').waitFor();
    await item.getByRole('button', { name: 'Đã gửi yêu cầu gỡ' }).click();
    await item.getByText('Đã yêu cầu gỡ', { exact: true }).waitFor();
    await section.screenshot({ path: `${artifacts}/online-violations-desktop.png` });
    const [row] = await e2e.server.sql`
      select platform, takedown_status from online_violations where target = '@massage.thugian.24h'`;
    expect(row).toEqual({ platform: 'TikTok', takedown_status: 'requested' });
    expect(police.errors).toEqual([]);
    await police.close();
  });

  it('shows the last 90 days of inspections by result, and a mark opens its business’s timeline', async () => {
    const police = await openMapAs(e2e, desktop, 'congan');
    await police.page.getByLabel('Hiện kết quả kiểm tra (90 ngày qua)').check();
    await police.page.getByText(/\d+ lần kiểm tra trên bản đồ/).waitFor();
    const rendered = () =>
      police.page.evaluate(() => {
        const map = (
          window as unknown as {
            __map: {
              getLayer(id: string): unknown;
              queryRenderedFeatures(o: object): { geometry: { coordinates: [number, number] } }[];
            };
          }
        ).__map;
        return map.getLayer('inspections-points')
          ? map
              .queryRenderedFeatures({ layers: ['inspections-points'] })
              .map((f) => f.geometry.coordinates)
          : [];
      });
    await expect.poll(async () => (await rendered()).length).toBeGreaterThan(0);
    await police.page.screenshot({ path: `${artifacts}/inspections-layer-desktop.png` });
    // Hide the tips, whose marks may sit on the same spot and answer the click first.
    await police.page.getByLabel('Hiện tin báo trên bản đồ').uncheck();
    const [first] = await rendered();
    if (!first) throw new Error('no inspection drawn');
    const at = await centreOn(police.page, first as [number, number], 17);
    await police.page.mouse.click(at.x, at.y);
    await police.page.getByText('Lịch sử tin báo và kiểm tra').waitFor();
    expect(police.errors).toEqual([]);
    await police.close();
  });

  it('shows the indicator and what is due first on a phone', async () => {
    const police = await openMapAs(e2e, phone, 'congan');
    await police.page.locator('.sheet-handle').click();
    await police.page.locator('[data-indicator="đ"]').waitFor();
    await police.page.screenshot({ path: `${artifacts}/tips-police-phone.png` });
    expect(police.errors).toEqual([]);
    await police.close();
  });
});
