import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { openPage, phone, signIn, waitForMap } from '../helpers/pages';

const e2e = e2eSuite();

// A real 1×1 PNG, as a phone's camera would hand over a (much larger) one.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const withoutMarks = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

describe('scheduling an inspection and recording it with a photo on a phone', () => {
  it('schedules, records offline with a photo, and the server keeps exactly one copy after resends', async () => {
    // A business with a name of its own and nothing scheduled there yet.
    const [business] = await e2e.server.sql<[{ id: number; name: string }]>`
      select b.id::int, b.name from businesses b
      where b.deleted_at is null
        and not exists (select from businesses o where o.id <> b.id and o.name = b.name)
        and not exists (select from inspections i where i.business_id = b.id and i.status = 'scheduled')
      order by b.id desc limit 1`;
    expect(business).toBeDefined();

    const officer = await openPage(e2e.browser, phone);
    const { page } = officer;
    const context = page.context();
    await signIn(page, e2e.server.url, 'congan');
    await waitForMap(page);
    await page.getByRole('link', { name: 'Kiểm tra', exact: true }).click();

    // Lên lịch kiểm tra.
    await page.getByRole('button', { name: '+ Lên lịch kiểm tra' }).click();
    const plan = page.locator('form.schedule-form');
    await plan.getByLabel('Cơ sở').fill(withoutMarks(business.name));
    await plan.getByRole('button', { name: business.name }).waitFor();
    await page.screenshot({ path: `${artifacts}/inspection-schedule-search-phone.png` });
    await plan.getByRole('button', { name: business.name }).click();
    await plan.getByText(`Đã chọn: ${business.name}`).waitFor();
    await plan.getByLabel('Đột xuất').check();
    await plan.getByRole('button', { name: '+ Thêm thành viên' }).click();
    await plan.getByLabel('Họ tên 2').fill('Lê Thị Hoa');
    await plan.getByLabel('Cơ quan 2').selectOption('Phòng VH-XH');
    await page.screenshot({
      path: `${artifacts}/inspection-schedule-form-phone.png`,
      fullPage: true,
    });
    await plan.getByRole('button', { name: 'Lên lịch', exact: true }).click();
    await page.getByText(`Đã lên lịch kiểm tra ${business.name}`).waitFor();

    const [planned] = await e2e.server.sql<[{ id: number; kind: string; team: unknown[] }]>`
      select id::int, kind, team from inspections
      where business_id = ${business.id} and status = 'scheduled' order by id desc limit 1`;
    expect(planned).toMatchObject({ kind: 'surprise' });
    expect(planned.team).toHaveLength(2);
    const item = page.locator(`[data-inspection="${planned.id}"]`);
    await item.getByText(business.name).waitFor();
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/inspection-scheduled-phone.png` });

    // At the door, with no connection: the record and its photo (and a file that is no photo).
    await item.getByRole('button', { name: 'Ghi kết quả' }).click();
    const form = page.locator('form.inspection-form');
    await form.getByText(business.name).waitFor();
    await context.setOffline(true);
    await form.getByLabel('Không vi phạm').check();
    await form.getByLabel('Nhắc nhở, tuyên truyền').check();
    const picker = form.locator('input[type="file"]');
    expect(await picker.getAttribute('capture')).toBe('environment');
    await picker.setInputFiles([
      { name: 'cua-truoc.png', mimeType: 'image/png', buffer: png },
      { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải ảnh') },
    ]);
    await form.getByText('cua-truoc.png').waitFor();
    await form.getByText('Tệp “ghi-chu.txt” không phải ảnh JPEG, PNG hay WebP.').waitFor();
    await form.getByText('cua-truoc.png').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/inspection-photo-form-phone.png` });
    await form.getByRole('button', { name: 'Lưu và gửi' }).click();
    const pending = page.locator('[data-outbox="pending"]');
    await pending.getByText('kèm 1 ảnh chờ gửi').waitFor();
    // Its result waits on the phone: the schedule no longer offers to record it again.
    expect(await item.count()).toBe(0);
    await page.screenshot({ path: `${artifacts}/inspection-photo-waiting-phone.png` });

    // Back online: the record goes through; the photo's answer is lost after the server kept it,
    // and the next sending waits until the picture of that moment is taken.
    const uploads: number[] = [];
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route('**/api/inspections/*/attachments', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      if (uploads.length > 0) await released;
      const response = await route.fetch();
      uploads.push(response.status());
      if (uploads.length === 1) return route.abort('connectionreset');
      return route.fulfill({ response });
    });
    await context.setOffline(false);
    await pending
      .getByText('biên bản đã đến máy chủ; còn 1 ảnh chờ gửi')
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${artifacts}/inspection-photo-resend-phone.png` });
    release();
    if (await pending.getByRole('button', { name: 'Gửi ngay' }).isVisible())
      await pending
        .getByRole('button', { name: 'Gửi ngay' })
        .click()
        .catch(() => {});
    await page.getByText('Mọi biên bản đã được gửi.').waitFor({ timeout: 30_000 });
    expect(uploads).toEqual([201, 200]);

    const attachments = async () =>
      e2e.server.sql<{ sha256: string; media_type: string }[]>`
        select sha256, media_type from attachments
        where owner_kind = 'inspection' and owner_id = ${planned.id}`;
    expect(await attachments()).toEqual([
      // The server keeps its re-encoded copy (no metadata), so not the bytes sent.
      { sha256: expect.stringMatching(/^[0-9a-f]{64}$/), media_type: 'image/png' },
    ]);
    const [row] = await e2e.server.sql`
      select status, result, measures from inspections where id = ${planned.id}`;
    expect(row).toMatchObject({
      status: 'recorded',
      result: 'no-violation',
      measures: ['reminder'],
    });

    // A forced replay of the same upload, as a flaky network might send it: the same row back.
    const replay = await page.evaluate(
      async ({ id, bytes }) => {
        const form = new FormData();
        form.append(
          'files',
          new File([new Uint8Array(bytes)], 'IMG_0001.png', { type: 'image/png' }),
        );
        const response = await fetch(`/api/inspections/${id}/attachments`, {
          method: 'POST',
          body: form,
        });
        return response.status;
      },
      { id: planned.id, bytes: [...png] },
    );
    expect(replay).toBe(200);
    expect(await attachments()).toHaveLength(1);
    await page.screenshot({ path: `${artifacts}/inspection-photo-sent-phone.png` });
    expect(officer.errors).toEqual([]);
    await officer.close();
  });
});
