// An inspector at the door on a phone (390×844) with no connection: records an inspection,
// sees it waiting, reloads the page still offline and finds it there, comes back online, and
// exactly one inspection reaches the server, also when the first answer is lost on the way
// (the server stored it, the phone never heard) and the phone sends it again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { centreOn, openPage, phone, signIn, waitForMap } from '../helpers/pages';

const e2e = e2eSuite();

/** The service worker has taken the page over: from now on it opens without a network. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
    );
  });
}

describe('recording an inspection offline on a phone', () => {
  it('keeps it through a reload offline and sends exactly one, also after a lost answer', async () => {
    // A business with no tip near it (a tip's point would take the click first).
    const [business] = await e2e.server.sql<
      [{ id: number; name: string; lng: number; lat: number }]
    >`
      select b.id::int, b.name, ST_X(b.geom) as lng, ST_Y(b.geom) as lat from businesses b
      where b.deleted_at is null and b.status = 'active'
        and not exists (select from tips t where ST_DWithin(t.geom::geography, b.geom::geography, 80))
        and not exists (select from businesses o where o.id <> b.id and o.deleted_at is null
                        and ST_DWithin(o.geom::geography, b.geom::geography, 40))
      order by b.id limit 1`;
    expect(business).toBeDefined();
    const [{ before }] = await e2e.server.sql<[{ before: number }]>`
      select count(*)::int as before from inspections where business_id = ${business.id}`;

    const inspector = await openPage(e2e.browser, phone);
    const { page } = inspector;
    const context = page.context();
    await signIn(page, e2e.server.url, 'congan');
    await waitForMap(page);
    await waitForServiceWorker(page);

    // From the business's popup on the map.
    const at = await centreOn(page, [business.lng, business.lat]);
    await page.mouse.click(at.x, at.y);
    await page.locator('.ntm-popup').getByText(business.name).first().waitFor();
    // The map pans the popup into view; let it settle before the picture.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}/inspection-popup-phone.png` });
    await page.getByRole('button', { name: 'Ghi kết quả kiểm tra' }).click();
    const form = page.locator('form.inspection-form');
    await form.getByText(business.name).waitFor();
    expect(new URL(page.url()).pathname).toBe('/kiem-tra');

    // The connection goes: the rest happens at the door with none.
    await context.setOffline(true);
    await form.getByRole('button', { name: '+ Thêm thành viên' }).click();
    await form.getByLabel('Họ tên 2').fill('Lê Thị Hoa');
    await form.getByLabel('Cơ quan 2').selectOption('Phòng VH-XH');
    await form.getByLabel('Người có mặt tại cơ sở').fill('Chủ cơ sở\nLễ tân');
    await form.getByLabel('Có vi phạm').check();
    await form.getByLabel('Không có sổ theo dõi khách').check();
    await form.getByLabel('Xử phạt vi phạm hành chính (phạt tiền)').check();
    await form.getByLabel('Số tiền phạt (đồng)').fill('5.000.000');
    // The decision number left out on purpose: the form says so before anything is kept.
    await form.getByRole('button', { name: 'Lưu và gửi' }).click();
    await form.getByRole('alert').getByText('Phạt tiền cần ghi số quyết định xử phạt').waitFor();
    await form.getByLabel('Số quyết định xử phạt').fill('27/QĐ-XPHC');
    await form
      .getByLabel('Nội dung, ghi chú')
      .fill('Không xuất trình được sổ theo dõi khách lưu trú.');
    await page.screenshot({ path: `${artifacts}/inspection-form-phone.png`, fullPage: true });
    await form.getByRole('button', { name: 'Lưu và gửi' }).click();

    const waiting = page.getByRole('heading', { name: 'Chờ gửi (1)' });
    await waiting.waitFor();
    await page.getByText('Đang không có kết nối').first().waitFor();
    await page.screenshot({ path: `${artifacts}/inspection-waiting-phone.png` });

    // Reloaded while still offline: the app opens from the service worker, the record is there.
    await page.reload();
    await waiting.waitFor();
    await page.locator('[data-outbox="pending"]').getByText(business.name).waitFor();
    await page.screenshot({ path: `${artifacts}/inspection-after-reload-offline-phone.png` });
    // A page never opened online opens offline too (its data cannot come, and it says so):
    // Workbox kept every chunk when the worker installed, not only those already seen.
    await page.goto(`${e2e.server.url}/chi-tieu`);
    await page.getByRole('heading', { level: 1, name: 'Chỉ tiêu kế hoạch' }).waitFor();
    await page.getByRole('alert').first().waitFor();
    await page.screenshot({ path: `${artifacts}/indicators-offline-phone.png` });
    // The map opened online before: its layers come from what the service worker kept.
    await page.goto(`${e2e.server.url}/`);
    const summary = page.locator('dl.summary');
    await summary.getByText('Số thôn').waitFor();
    await summary.getByText('Cơ sở kinh doanh').waitFor();
    expect(await page.locator('.banner-error').count()).toBe(0);
    await page.locator('html[data-map-ready="true"]').waitFor({ state: 'attached' });
    await page.screenshot({ path: `${artifacts}/map-offline-phone.png` });
    await page.goto(`${e2e.server.url}/kiem-tra`);
    await waiting.waitFor();
    const stored = async () =>
      (
        await e2e.server.sql<[{ n: number }]>`
          select count(*)::int as n from inspections where business_id = ${business.id}`
      )[0].n - before;
    expect(await stored()).toBe(0);

    // Back online, but the first answer is lost after the server has stored the record: the
    // phone must send it again, and the server must recognise it.
    const posts: number[] = [];
    let bodyOfFirst = '';
    await context.route('**/api/inspections', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const response = await route.fetch();
      posts.push(response.status());
      if (posts.length === 1) {
        bodyOfFirst = route.request().postData() ?? '';
        return route.abort('connectionreset');
      }
      return route.fulfill({ response });
    });
    await context.setOffline(false);
    await page.getByText(/Đã gửi biên bản kiểm tra/).waitFor({ timeout: 30_000 });
    await page.getByText('Mọi biên bản đã được gửi.').waitFor();
    await page.screenshot({ path: `${artifacts}/inspection-sent-phone.png` });
    expect(posts).toEqual([201, 200]);
    expect(await stored()).toBe(1);

    // And one more replay of the very same request, as a flaky network might send it.
    const replay = await page.evaluate(async (body) => {
      const response = await fetch('/api/inspections', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      return response.status;
    }, bodyOfFirst);
    expect(replay).toBe(200);
    expect(await stored()).toBe(1);

    const [row] = await e2e.server.sql`
      select result, violations, measures, fine_vnd::int as fine, fine_decision_number as decision,
             people_present as people, team, idempotency_key as key
      from inspections where business_id = ${business.id} order by id desc limit 1`;
    expect(row).toMatchObject({
      result: 'violation',
      violations: ['no-guest-register'],
      measures: ['fine'],
      fine: 5_000_000,
      decision: '27/QĐ-XPHC',
      people: ['Chủ cơ sở', 'Lễ tân'],
    });
    expect(row?.team).toHaveLength(2);
    expect(JSON.parse(bodyOfFirst).idempotencyKey).toBe(row?.key);
    // The kept layers are this account's view (owners' phones for police): signing out on
    // the device lets them go.
    const keptLayers = () => page.evaluate(() => caches.has('ntm-layers'));
    expect(await keptLayers()).toBe(true);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Mật khẩu', { exact: true }).waitFor();
    await expect.poll(keptLayers).toBe(false);
    expect(inspector.errors).toEqual([]);
    await inspector.close();
  });

  it('records a scheduled inspection from the schedule, and a business shows its timeline', async () => {
    const [planned] = await e2e.server.sql<[{ id: number; name: string; businessId: number }]>`
      insert into inspections (commune_code, business_id, kind, status, started_at, team, result, geom)
      select b.commune_code, b.id, 'scheduled', 'scheduled', now() + interval '2 hours',
             '[{"name":"Phạm Văn Bình","agency":"Công an xã"},{"name":"Đỗ Thu Trang","agency":"Phòng VH-XH"}]',
             'no-violation', b.geom
      from businesses b where b.deleted_at is null and b.type = 'karaoke' order by b.id limit 1
      returning id::int, business_id::int as "businessId",
                (select name from businesses where id = business_id) as name`;

    const officer = await openPage(e2e.browser, phone);
    const { page } = officer;
    await signIn(page, e2e.server.url, 'vanhoa');
    await waitForMap(page);
    await page.getByRole('link', { name: 'Kiểm tra', exact: true }).click();
    const item = page.locator(`[data-inspection="${planned.id}"]`);
    await item.getByText(planned.name).waitFor();
    await page.screenshot({ path: `${artifacts}/inspection-schedule-phone.png` });
    await item.getByRole('button', { name: 'Ghi kết quả' }).click();
    const form = page.locator('form.inspection-form');
    // The scheduled team comes along; the kind is the schedule's.
    await expect.poll(() => form.getByLabel('Họ tên 2').inputValue()).toBe('Đỗ Thu Trang');
    await form.getByLabel('Không vi phạm').check();
    await form.getByLabel('Nhắc nhở, tuyên truyền').check();
    await form.getByRole('button', { name: 'Lưu và gửi' }).click();
    await page.getByText(/Đã gửi biên bản kiểm tra/).waitFor();
    await expect.poll(() => item.count()).toBe(0);
    const [row] = await e2e.server.sql`
      select status, result, measures, recorded_by is not null as signed from inspections where id = ${planned.id}`;
    expect(row).toMatchObject({
      status: 'recorded',
      result: 'no-violation',
      measures: ['reminder'],
      signed: true,
    });

    // Back on the map: the business's popup opens its timeline, newest first.
    await page.getByRole('link', { name: 'Bản đồ', exact: true }).click();
    await waitForMap(page);
    const [business] = await e2e.server.sql<[{ lng: number; lat: number }]>`
      select ST_X(geom) as lng, ST_Y(geom) as lat from businesses where id = ${planned.businessId}`;
    const at = await centreOn(page, [business.lng, business.lat]);
    await page.mouse.click(at.x, at.y);
    await page.getByRole('button', { name: 'Lịch sử tin báo và kiểm tra' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Kiểm tra (Theo kế hoạch)').first().waitFor();
    await page.screenshot({ path: `${artifacts}/inspection-timeline-phone.png` });
    expect(officer.errors).toEqual([]);
    await officer.close();
  });
});
