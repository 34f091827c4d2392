// An English browser shows <input type="date"> as mm/dd/yyyy, where 03/05 is another day, and
// <input type="time"> as "07:00 PM". The form kit's date and time fields show and read
// dd/mm/yyyy and 24-hour HH:mm whatever the language, and send ISO days and HH:mm.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { desktop, signIn } from '../helpers/pages';
import { fillTime } from '../helpers/time-field';

const e2e = e2eSuite();
let english: Browser;

beforeAll(async () => {
  english = await launchChromium(['--lang=en-US']);
});

afterAll(async () => {
  await english?.close();
});

describe('the date field in an English browser', () => {
  it('shows and takes dd/mm/yyyy, refuses 31/02, and saves the ISO day', async () => {
    const context = await english.newContext({ viewport: desktop, locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');

    await signIn(page, `${e2e.server.url}/quan-tri/mua-cao-diem`, 'admin');
    const local = page.getByRole('region', { name: 'Sự kiện của xã' });
    const from = local.getByLabel('Từ ngày');
    const to = local.getByLabel('Đến ngày');
    await local.getByLabel('Tên sự kiện').fill('Lễ hội làng tiếng Anh');
    expect(await from.getAttribute('placeholder')).toBe('ngày/tháng/năm');

    // Digits only, as on a phone's keypad: the slashes come by themselves.
    await from.pressSequentially('03112026');
    expect(await from.inputValue()).toBe('03/11/2026');
    await to.pressSequentially('31022026');
    expect(await to.inputValue()).toBe('31/02/2026');
    await local.getByText('Ngày không hợp lệ: không có ngày 31/02/2026').waitFor();
    expect(await to.getAttribute('aria-invalid')).toBe('true');

    await to.fill('05/11/2026');
    expect(await to.getAttribute('aria-invalid')).toBeNull();
    await local.getByRole('button', { name: 'Thêm sự kiện' }).click();
    const item = local.getByRole('listitem').filter({ hasText: 'Lễ hội làng tiếng Anh' });
    await item.getByText('03/11/2026 – 05/11/2026').waitFor();
    await page.screenshot({ path: `${artifacts}/date-field-en-us.png`, fullPage: true });

    const [saved] = await e2e.server.sql<{ from: string; to: string }[]>`
      select to_char(from_date, 'YYYY-MM-DD') as from, to_char(to_date, 'YYYY-MM-DD') as to
      from local_events where name = 'Lễ hội làng tiếng Anh'`;
    expect(saved).toEqual({ from: '2026-11-03', to: '2026-11-05' });

    page.once('dialog', (dialog) => dialog.accept());
    await item.getByRole('button', { name: /Xoá/ }).click();
    await item.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows and takes a 24-hour time: 19:30 typed is saved as 19:30, 25:00 is refused', async () => {
    const context = await english.newContext({ viewport: desktop, locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await signIn(page, `${e2e.server.url}/tuyen-kiem-tra`, 'congan');
    await page.getByRole('heading', { name: 'Lập tuyến kiểm tra' }).waitFor();
    const from = page.getByLabel('Từ').nth(0);
    const to = page.getByLabel('Đến').nth(0);
    expect(await from.inputValue()).toBe('19:00');
    expect(await from.getAttribute('placeholder')).toBe('giờ:phút');

    // As on a phone's keypad, digits only: the colon comes by itself.
    await fillTime(to, '25:00');
    await page.getByText('Giờ không hợp lệ: không có giờ 25:00').waitFor();
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await fillTime(to, '23:00');
    expect(await to.getAttribute('aria-invalid')).toBeNull();
    await fillTime(from, '19:30');
    expect(await from.inputValue()).toBe('19:30');
    await page.screenshot({ path: `${artifacts}/time-field-en-us.png`, fullPage: true });
    await page.getByRole('button', { name: 'Lập tuyến', exact: true }).click();
    await page.getByRole('heading', { name: /^Kế hoạch số \d+ · / }).waitFor({ timeout: 60_000 });
    const id = Number(new URL(page.url()).searchParams.get('plan'));

    const [saved] = await e2e.server.sql<{ from: string; to: string }[]>`
      select params #>> '{teams,0,shift,from}' as from, params #>> '{teams,0,shift,to}' as to
      from route_plans where id = ${id}`;
    expect(saved).toEqual({ from: '19:30', to: '23:00' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
