// The inspection round as the police walk it (issue #15): a round planned at /tuyen-kiem-tra
// on the laptop is the day's schedule on the officer's phone at /kiem-tra, each stop one tap
// from its form, which takes the round's kind; the form fits the phone (no sideways slide, one
// line of buttons at the bottom); the map hint is a link; a second, surprise round records
// "Đột xuất" from the team's phone page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifacts, e2eSuite } from '../helpers/e2e';
import {
  centreOn,
  desktop,
  openMapAs,
  openPage,
  openRouteSheet,
  phone,
  signIn,
  waitForMap,
} from '../helpers/pages';
import { fillTime } from '../helpers/time-field';

const e2e = e2eSuite();

/**
 * Plans a round of the default day (today) with the planner's defaults, or shifts starting at
 * `from` for both teams; returns its id.
 */
async function planRound(
  page: Page,
  options: { surprise: boolean; from?: string },
): Promise<number> {
  await page.getByRole('link', { name: 'Tuyến kiểm tra' }).click();
  await page.getByRole('heading', { name: 'Lập tuyến kiểm tra' }).waitFor();
  const newPlan = page.getByRole('button', { name: 'Lập tuyến mới' });
  if (await newPlan.isVisible()) await newPlan.click();
  if (options.surprise) await page.getByLabel(/^Kiểm tra đột xuất/).check();
  if (options.from) {
    await fillTime(page.getByLabel('Từ').nth(0), options.from);
    await fillTime(page.getByLabel('Từ').nth(1), options.from);
  }
  await page.getByRole('button', { name: 'Lập tuyến', exact: true }).click();
  await page.getByRole('heading', { name: /^Kế hoạch số \d+ · / }).waitFor({ timeout: 60_000 });
  await expect.poll(() => new URL(page.url()).search).toMatch(/^\?plan=\d+$/);
  return Number(new URL(page.url()).searchParams.get('plan'));
}

/** A phone with touch (taps, not clicks), recording uncaught errors. */
async function openPhone() {
  const context = await e2e.browser.newContext({
    viewport: phone,
    locale: 'vi-VN',
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}

/** An officer's phone on a team's page of a round, the next stop's form opened from it. */
async function openNextStopForm(plan: number, team: number) {
  const officer = await openPhone();
  const { page } = officer;
  await signIn(page, `${e2e.server.url}/tuyen-kiem-tra/doi?plan=${plan}&team=${team}`, 'congan');
  await page.getByRole('heading', { name: 'Điểm tiếp theo' }).waitFor({ timeout: 30_000 });
  await page.locator('.team-next').getByRole('button', { name: 'Ghi kết quả kiểm tra' }).tap();
  return officer;
}

const noSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/**
 * The inspection form fits the phone: nothing slides sideways (also while typing), and the
 * sticky bar is one row of single-line buttons, wholly on screen.
 */
async function expectFormFitsPhone(page: Page) {
  const form = page.locator('form.inspection-form');
  expect(await noSideways(page)).toBe(true);
  const bar = form.locator('.inspection-form-buttons');
  const barBox = await bar.boundingBox();
  if (!barBox) throw new Error('no button bar');
  expect(barBox.height).toBeLessThan(80);
  // Once the page has settled: the form opens from another page's chunk, and on a busy machine
  // its first frames may still be laying out (a newcomer's run saw the bar 4 px low once).
  await expect
    .poll(async () => {
      const box = await bar.boundingBox();
      return box ? box.y + box.height : Number.POSITIVE_INFINITY;
    })
    .toBeLessThanOrEqual(phone.height + 1);
  for (const button of await bar.getByRole('button').all()) {
    const lines = await button.evaluate((b) => {
      const style = getComputedStyle(b);
      const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
      const range = document.createRange();
      range.selectNodeContents(b);
      return Math.round(range.getBoundingClientRect().height / line);
    });
    expect(lines).toBe(1);
  }
  await form.getByLabel('Người có mặt tại cơ sở').fill('Chủ cơ sở');
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
  expect(await noSideways(page)).toBe(true);
}

describe('the inspection round', () => {
  let planId = 0;

  it('a planned round is the schedule on the phone, each stop one tap from a form of the round’s kind', async () => {
    const planner = await openMapAs(e2e, desktop, 'congan');
    planId = await planRound(planner.page, { surprise: false });
    const planned = await e2e.server.sql<{ team: string; seq: number; id: number; name: string }[]>`
      select s.team_name as team, s.seq, s.business_id::int as id, b.name
        from route_plan_stops s join businesses b on b.id = s.business_id
       where s.plan_id = ${planId} order by s.team_index, s.seq`;
    expect(planned.length).toBeGreaterThan(1);
    expect(planner.errors).toEqual([]);
    await planner.close();

    const officer = await openPhone();
    const { page } = officer;
    await signIn(page, e2e.server.url, 'congan');
    await waitForMap(page);
    await page.getByRole('link', { name: 'Kiểm tra', exact: true }).click();
    const round = page.locator(`.round-team[data-plan="${planId}"]`);
    await round.first().waitFor();
    // Every stop of the round, in the team's order, under its team.
    const team1 = round.filter({ hasText: planned[0]?.team ?? '' }).first();
    const listed = await team1
      .locator('li.schedule-item')
      .evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-business'))));
    expect(listed).toEqual(planned.filter((s) => s.team === planned[0]?.team).map((s) => s.id));
    expect(await page.getByText('Không có cuộc kiểm tra nào đang chờ.').count()).toBe(0);
    await team1.getByText('Theo kế hoạch').waitFor();
    // The hint for a premises off the schedule is a link to the map.
    const hint = page
      .locator('.inspection-hint')
      .getByRole('link', { name: 'mở cơ sở trên bản đồ' });
    expect(await hint.getAttribute('href')).toBe('/');
    expect(await noSideways(page)).toBe(true);
    await page.screenshot({
      path: `${artifacts}/inspection-round-schedule-phone.png`,
      fullPage: true,
    });

    // One tap from the second stop to its form: "Theo kế hoạch", as the round.
    const stop = planned[1] as (typeof planned)[number];
    await team1.getByRole('button', { name: `Ghi kết quả điểm 2: ${stop.name}` }).tap();
    const form = page.locator('form.inspection-form');
    await form.getByText(stop.name).waitFor();
    expect(await form.getByLabel('Theo kế hoạch').isChecked()).toBe(true);
    expect(await form.getByLabel('Đột xuất').isChecked()).toBe(false);
    await expectFormFitsPhone(page);

    await form.getByLabel('Không vi phạm').check();
    await form.getByLabel('Nhắc nhở, tuyên truyền').check();
    await form.getByRole('button', { name: 'Lưu và gửi' }).tap();
    await page.getByText(/Đã gửi biên bản kiểm tra/).waitFor();
    const [row] = await e2e.server.sql<{ id: number; kind: string }[]>`
      select id::int, kind from inspections
       where business_id = ${stop.id} and status = 'recorded' order by id desc limit 1`;
    expect(row?.kind).toBe('scheduled');
    const [audit] = await e2e.server.sql<{ kind: string }[]>`
      select diff -> 'after' ->> 'kind' as kind from audit_log
       where entity = 'inspection' and entity_id = ${String(row?.id)} and action = 'create'`;
    expect(audit?.kind).toBe('scheduled');
    // The stop is done in the schedule.
    await team1.locator(`li[data-business="${stop.id}"][data-done="true"]`).waitFor();
    expect(officer.errors).toEqual([]);
    await officer.close();
  });

  it('a surprise round records “Đột xuất” from the team’s phone page', async () => {
    const planner = await openMapAs(e2e, desktop, 'congan');
    const surpriseId = await planRound(planner.page, { surprise: true });
    await planner.close();

    // The team's phone opens the round's link, as the planner hands it out.
    const officer = await openNextStopForm(surpriseId, 1);
    const { page } = officer;
    const form = page.locator('form.inspection-form');
    await form.getByLabel('Đột xuất').waitFor();
    expect(await form.getByLabel('Đột xuất').isChecked()).toBe(true);
    expect(await form.getByLabel('Theo kế hoạch').isChecked()).toBe(false);
    // And in the schedule the round says what it is.
    await page.getByRole('button', { name: 'Lưu nháp' }).tap();
    const round = page.locator(`.round-team[data-plan="${surpriseId}"]`).first();
    await round.getByText('Đột xuất').waitFor();
    expect(officer.errors).toEqual([]);
    await officer.close();
  });

  it('a stop of a planned (not surprise) round opens from the team’s phone page as “Theo kế hoạch”', async () => {
    const officer = await openNextStopForm(planId, 1);
    const { page } = officer;
    const form = page.locator('form.inspection-form');
    await form.getByLabel('Theo kế hoạch').waitFor();
    expect(await form.getByLabel('Theo kế hoạch').isChecked()).toBe(true);
    expect(officer.errors).toEqual([]);
    await officer.close();
  });

  it('the inspection form fits a phone: no sideways slide, one line of buttons on screen', async () => {
    const officer = await openNextStopForm(planId, 2);
    const { page } = officer;
    await page.locator('form.inspection-form').getByLabel('Theo kế hoạch').waitFor();
    await expectFormFitsPhone(page);
    await page.screenshot({ path: `${artifacts}/inspection-round-form-phone.png` });
    expect(officer.errors).toEqual([]);
    await officer.close();
  });

  it('on a phone the map popup shows “Ghi kết quả kiểm tra” on screen, above the bottom sheet', async () => {
    // A premises with a week of opening hours, alone at its place (a tap finds it).
    const [business] = await e2e.server.sql<
      { id: number; name: string; lng: number; lat: number }[]
    >`
      select b.id::int, b.name, ST_X(b.geom) as lng, ST_Y(b.geom) as lat from businesses b
       where b.deleted_at is null and b.status = 'active' and b.opening_hours is not null
         and not exists (select from tips t where ST_DWithin(t.geom::geography, b.geom::geography, 80))
         and not exists (select from businesses o where o.id <> b.id and o.deleted_at is null
                         and ST_DWithin(o.geom::geography, b.geom::geography, 40))
       order by b.id limit 1`;
    if (!business) throw new Error('no premises alone at its place');
    const officer = await openPhone();
    const { page } = officer;
    await signIn(page, e2e.server.url, 'congan');
    await waitForMap(page);
    const at = await centreOn(page, [business.lng, business.lat]);
    await page.touchscreen.tap(at.x, at.y);
    const popup = page.locator('.ntm-popup');
    await popup.getByText(business.name).first().waitFor();
    // The map pans the popup into view; let it settle before looking.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}/inspection-round-popup-phone.png` });
    const record = popup.getByRole('button', { name: 'Ghi kết quả kiểm tra' });
    const seen = await record.evaluate((button) => {
      const box = button.getBoundingClientRect();
      const sheet = document.querySelector('.panel.sheet')?.getBoundingClientRect().top ?? Infinity;
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return { top: box.top, bottom: box.bottom, sheet, onTop: button.contains(hit) };
    });
    expect(seen.top).toBeGreaterThan(0);
    expect(seen.bottom).toBeLessThanOrEqual(seen.sheet);
    expect(seen.onTop).toBe(true);
    // The week's hours are one tap away, today's at a glance.
    await popup.getByText('(hôm nay)').first().waitFor();
    await record.tap();
    await page.locator('form.inspection-form').getByText(business.name).waitFor();
    expect(officer.errors).toEqual([]);
    await officer.close();
  });

  it('the planner, the sheet and the phone give each stop the same minutes and its place; two teams print on two A4 pages', async () => {
    // A long evening (18:00–23:00): about eighteen stops a team.
    const police = await openPage(e2e.browser, desktop);
    const { page } = police;
    await signIn(page, e2e.server.url, 'congan');
    await waitForMap(page);
    const longId = await planRound(page, { surprise: false, from: '18:00' });
    const cards = page.locator('section.planner-team-card');
    await expect.poll(() => cards.count(), { timeout: 60_000 }).toBe(2);
    await cards.nth(1).locator('li.planner-stop').first().waitFor({ timeout: 30_000 });
    type Shown = { id: number; place: string; clock: string };
    const planner: Shown[][] = [];
    for (const card of await cards.all()) {
      planner.push(
        await card.locator('li.planner-stop').evaluateAll((items) =>
          items.map((li) => ({
            id: Number(li.getAttribute('data-business')),
            name:
              li.querySelector('.planner-stop-name')?.firstChild?.nextSibling?.textContent ?? '',
            place: li.querySelector('.planner-stop-place')?.textContent ?? '',
            clock: li.querySelector('.planner-stop-clock')?.textContent ?? '',
          })),
        ),
      );
    }
    // Every premises says where it is, and no two listed ones read the same. (Soft checks, here
    // and below: each of the round's faults is reported on its own.)
    const stops = planner.flat();
    expect.soft(stops.filter((stop) => stop.place === '')).toEqual([]);
    const named = await e2e.server.sql<{ id: number; name: string }[]>`
      select id::int, name from businesses where id = any(${stops.map((s) => s.id)})`;
    const nameOf = new Map(named.map((b) => [b.id, b.name]));
    const seen = stops.map((s) => `${nameOf.get(s.id)} · ${s.place}`);
    expect.soft(new Set(seen).size).toBe(seen.length);
    await page.screenshot({ path: `${artifacts}/inspection-round-planner.png`, fullPage: true });

    // The sheet: the same minutes, the same places, one A4 page per team.
    const sheets = await openRouteSheet(page, 2);
    for (const [i, team] of planner.entries()) {
      const rows = await sheets
        .nth(i)
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => {
            const times = [...tr.querySelectorAll('td.col-time:not(.col-window)')];
            return {
              clock: times.map((td) => td.textContent).join('–'),
              place: tr.querySelector('.col-place')?.textContent ?? '',
            };
          }),
        );
      expect.soft(rows.map((r) => r.clock)).toEqual(team.map((s) => s.clock));
      expect.soft(rows.map((r) => r.place)).toEqual(team.map((s) => s.place));
    }
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', path: `${artifacts}/inspection-round-sheet.pdf` });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect.soft(pages.length).toBe(2);
    expect(police.errors).toEqual([]);
    await police.close();

    // The phone: the same arrival minute for each stop of the first team.
    const officer = await openPhone();
    await signIn(
      officer.page,
      `${e2e.server.url}/tuyen-kiem-tra/doi?plan=${longId}&team=1`,
      'congan',
    );
    const times = officer.page.locator('ol.team-stops .team-stop-times');
    await expect.poll(() => times.count(), { timeout: 30_000 }).toBe(planner[0]?.length ?? 0);
    const arrivals = (await times.allTextContents()).map((t) => t.match(/Đến (\d\d:\d\d)/)?.[1]);
    expect.soft(arrivals).toEqual((planner[0] ?? []).map((s) => s.clock.slice(0, 5)));
    expect(officer.errors).toEqual([]);
    await officer.close();
  });
});
