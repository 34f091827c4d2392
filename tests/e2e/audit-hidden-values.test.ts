// Issue #16: the admin reads the audit trail, not the registry's owners and phones. A business
// the police create with an owner and a phone shows in the admin's audit view with those
// fields named and their values "ẩn theo quyền"; what the admin keeps (accounts) still shows.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { apiHeaders, desktop, openPage, phone, signIn } from '../helpers/pages';

const e2e = e2eSuite();

const owner = 'Chủ canary nhật ký';
const ownerPhone = '0911 555 777';
const newPhone = '0911 555 888';

/** The police write through the API, as their map does. */
const policeHeaders = () => apiHeaders(e2e.server.url, 'congan');

async function policeWrites(): Promise<number> {
  const headers = await policeHeaders();
  const [village] = await e2e.server.sql<[{ lng: number; lat: number }]>`
    select ST_X(p) as lng, ST_Y(p) as lat
    from (select ST_PointOnSurface(geom) as p from villages where geom is not null
          order by id limit 1) v`;
  const created = await fetch(`${e2e.server.url}/api/businesses`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [village.lng, village.lat] },
      properties: {
        name: 'Quán nhật ký thử',
        type: 'karaoke',
        address: 'Xóm Nhật ký',
        owner,
        phone: ownerPhone,
      },
    }),
  });
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: number };
  const changed = await fetch(`${e2e.server.url}/api/businesses/${id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ properties: { phone: newPhone } }),
  });
  expect(changed.status).toBe(200);
  return id;
}

const viewports = [
  [desktop, 'desktop'],
  [phone, 'phone'],
] as const;

/** The admin's audit view of one record, on a laptop and on a phone, with no page error. */
async function inAuditOf(
  entity: string,
  id: number,
  check: (page: Page, name: string, viewport: (typeof viewports)[number][0]) => Promise<void>,
) {
  for (const [viewport, name] of viewports) {
    const { page, errors, close } = await openPage(e2e.browser, viewport);
    const url = `${e2e.server.url}/quan-tri/nhat-ky?entity=${entity}&entityId=${id}`;
    await signIn(page, url, 'admin');
    await page.getByRole('heading', { name: 'Nhật ký hệ thống' }).waitFor();
    await check(page, name, viewport);
    expect(errors).toEqual([]);
    await close();
  }
}

describe("the admin's audit view", () => {
  it('names the owner and phone a business got and changed, and hides their values', async () => {
    const id = await policeWrites();
    await inAuditOf('business', id, async (page, name, viewport) => {
      await page.getByText('Đang hiện 2 mục').waitFor();
      for (const entry of await page.locator('tr[data-entry-id]').all()) {
        await entry.getByRole('button', { name: 'Xem thay đổi' }).click();
      }
      const tables = page.locator('.details-row .diff-table');
      await tables.nth(1).waitFor();
      // Newest first: the change of phone, then the creation.
      const change = (await tables.nth(0).textContent()) ?? '';
      expect(change).toMatch(/Điện thoại\s*ẩn theo quyền\s*ẩn theo quyền/);
      const creation = (await tables.nth(1).textContent()) ?? '';
      expect(creation).toMatch(/Chủ cơ sở\s*—\s*ẩn theo quyền/);
      expect(creation).toMatch(/Điện thoại\s*—\s*ẩn theo quyền/);
      expect(creation).toMatch(/Vị trí \(kinh độ, vĩ độ\)\s*—\s*ẩn theo quyền/);
      expect(creation).not.toContain('hidden');
      const content = await page.content();
      for (const value of [owner, ownerPhone, newPhone, 'Quán nhật ký thử']) {
        expect(content).not.toContain(value);
      }
      await page.locator('.details-row').last().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${artifacts}/admin-audit-hidden-${name}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
    });
  });
});

/** The police record an inspection at the door that answers a tip, with a violation found. */
async function policeRecordInspection(): Promise<number> {
  const [tip] = await e2e.server.sql<[{ id: number; businessId: number }]>`
    select id, business_id as "businessId" from tips where business_id is not null
    order by id limit 1`;
  const recorded = await fetch(`${e2e.server.url}/api/inspections`, {
    method: 'POST',
    headers: await policeHeaders(),
    body: JSON.stringify({
      businessId: tip.businessId,
      kind: 'surprise',
      team: [{ name: 'Trần Văn Kiểm', agency: 'Công an xã' }],
      arrivedAt: new Date().toISOString(),
      peoplePresent: ['Chủ cơ sở'],
      result: 'violation',
      violations: ['no-guest-register'],
      measures: ['reminder', 'commitment'],
      tipIds: [tip.id],
    }),
  });
  expect(recorded.status, await recorded.clone().text()).toBe(201);
  return ((await recorded.json()) as { id: number }).id;
}

describe("the admin's audit view of an inspection", () => {
  it('names every field the police recorded in Vietnamese, none by its code', async () => {
    const id = await policeRecordInspection();
    await inAuditOf('inspection', id, async (page, name) => {
      await page.getByText('Đang hiện 1 mục').waitFor();
      expect(await page.locator('tr[data-entry-id]').textContent()).toContain(
        `Cuộc kiểm tra #${id}`,
      );
      await page.getByRole('button', { name: 'Xem thay đổi' }).click();
      const table = page.locator('.details-row .diff-table');
      await table.waitFor();
      const fields = await table.locator('tbody th').allTextContents();
      expect(fields).toEqual([
        // In the catalogue's order of fields (web/src/i18n/vi-audit.ts).
        'Tình trạng cuộc kiểm tra',
        'Cơ sở kinh doanh',
        'Hình thức kiểm tra',
        'Kết quả kiểm tra',
        'Vi phạm phát hiện',
        'Biện pháp xử lý',
        'Số tiền phạt',
        'Số quyết định xử phạt',
        'Tin báo liên quan',
        'Mã lần gửi từ thiết bị',
      ]);
      // The admin reads no inspection: every value stays hidden, under its Vietnamese name.
      const text = (await table.textContent()) ?? '';
      expect(text).toMatch(/Biện pháp xử lý\s*—\s*ẩn theo quyền/);
      for (const code of ['kind', 'result', 'tipIds', 'measures', 'reminder', 'violation']) {
        expect(text).not.toContain(code);
      }
      await table.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${artifacts}/admin-audit-inspection-${name}.png` });
    });
  });
});
