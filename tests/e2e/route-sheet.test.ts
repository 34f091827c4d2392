// The field side of a route plan (issue #7, part 6): the A4 route sheet prints to PDF with one
// row per stop for each team, the GPX parses as GPX 1.1 with one track per team (Chromium's own
// XML parser), and a team's phone view sends the officer to the next stop not yet done.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SavedRoutePlan } from '../../web/src/api/route-plan-client';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { desktop, openMapAs, phone } from '../helpers/pages';

const e2e = e2eSuite();

/** A saved plan as the API answers it. */
type Plan = SavedRoutePlan;

// A past evening, so an inspection recorded "at the door" that night is not in the future.
const planBody = {
  date: '2026-11-27',
  teams: [
    { name: 'Tổ 1', shift: { from: '19:00', to: '23:00' } },
    { name: 'Tổ 2', shift: { from: '19:00', to: '23:00' } },
  ],
  // More than one team can visit in a 4-hour shift, so both teams get stops.
  selection: { maxStops: 30 },
  seed: 7,
};

/** A JSON request through the signed-in page, as the app itself would send it. */
function call(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ([method, path, body]) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    [method, path, body] as const,
  );
}

/** Errors the page logged or threw, apart from the ones a test provokes on purpose. */
function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

let plan: Plan;

describe('the printed route sheet', () => {
  it('has one row per stop for each team on screen and in print, and prints to an A4 PDF', async () => {
    const police = await openMapAs(e2e, desktop, 'congan');
    // After signing in: the login page's own "who am I?" is a 401 by design.
    const consoleErrors = watchConsole(police.page);
    const made = await call(police.page, 'POST', '/api/route-plans', planBody);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    plan = made.body as Plan;
    expect(plan.teams).toHaveLength(2);
    expect(plan.teams.every((t) => t.stops.length >= 2)).toBe(true);

    await police.page.goto(`${e2e.server.url}/tuyen-kiem-tra/in?plan=${plan.id}`);
    const sheets = police.page.locator('.sheet-team');
    await expect.poll(() => sheets.count()).toBe(2);
    await expect
      .poll(() => police.page.locator('.route-map[data-ready="true"] .route-map-picture').count(), {
        timeout: 60_000,
      })
      .toBe(2);
    await police.page.getByRole('heading', { name: 'PHIẾU TUYẾN KIỂM TRA' }).first().waitFor();
    await police.page.getByText('CÔNG AN XÃ NAM THANH MIỆN').first().waitFor();
    await police.page.getByText('Ngày: Thứ Sáu, 27/11/2026').first().waitFor();
    // Not a header link: opened from the planner only.
    expect(await police.page.locator('.app-nav a[href^="/tuyen-kiem-tra/"]').count()).toBe(0);

    const rowsOf = async () =>
      Promise.all([0, 1].map((i) => sheets.nth(i).locator('tbody tr').count()));
    const expected = plan.teams.map((t) => t.stops.length);
    expect(await rowsOf()).toEqual(expected);
    for (const [i, team] of plan.teams.entries()) {
      const names = await sheets.nth(i).locator('tbody tr td:nth-child(2)').allTextContents();
      expect(names.map((n) => n.replace(/ \(ngẫu nhiên\)$/, ''))).toEqual(
        team.stops.map((s) => s.name),
      );
      await sheets.nth(i).getByText(`Tổ: ${team.name}`).waitFor();
    }
    await police.page.screenshot({ path: `${artifacts}/route-sheet-screen.png`, fullPage: true });

    // On paper: no app header or toolbar, the map as a picture, each team on its own page.
    await police.page.emulateMedia({ media: 'print' });
    expect(await police.page.locator('.app-header').isVisible()).toBe(false);
    expect(await police.page.getByRole('button', { name: 'In', exact: true }).isVisible()).toBe(
      false,
    );
    expect(await police.page.locator('.route-map-picture').first().isVisible()).toBe(true);
    expect(await rowsOf()).toEqual(expected);
    const breaks = await sheets.nth(1).evaluate((el) => getComputedStyle(el).breakBefore);
    expect(breaks).toBe('page');
    // What the paper looks like, as a picture: A4 less 15 mm margins is 180 × 267 mm, that is
    // 680 × 1009 CSS pixels; each team's sheet fits one page.
    await police.page.setViewportSize({ width: 680, height: 1009 });
    await police.page.screenshot({ path: `${artifacts}/route-sheet-print.png`, fullPage: true });
    const heights = await sheets.evaluateAll((els) => els.map((el) => el.scrollHeight));
    expect(
      heights.every((h) => h <= 1009),
      `sheet heights ${heights}`,
    ).toBe(true);

    const pdf = await police.page.pdf({
      path: `${artifacts}/route-sheet.pdf`,
      format: 'A4',
      printBackground: true,
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g);
    expect(pages?.length, 'one A4 page per team').toBe(2);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 595\.9\d* 842\.8\d*\]/);
    await police.page.emulateMedia({ media: 'screen' });

    expect(police.errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await police.close();
  });

  it('marks a surprise round, and says so plainly when a plan is unknown or hidden', async () => {
    const police = await openMapAs(e2e, desktop, 'congan');
    const made = await call(police.page, 'POST', '/api/route-plans', {
      ...planBody,
      teams: [planBody.teams[0]],
      selection: { maxStops: 4 },
      surprise: true,
    });
    expect(made.status).toBe(201);
    const surprise = made.body as Plan;
    await police.page.goto(`${e2e.server.url}/tuyen-kiem-tra/in?plan=${surprise.id}&team=1`);
    await police.page.getByText('MẬT – tuần tra đột xuất').waitFor();
    expect(await police.page.locator('.sheet-team').count()).toBe(1);
    await police.page.goto(`${e2e.server.url}/tuyen-kiem-tra/in?plan=99999999`);
    await police.page.getByRole('heading', { name: 'Không tìm thấy kế hoạch' }).waitFor();
    await police.page.goto(`${e2e.server.url}/tuyen-kiem-tra/in?plan=${surprise.id}&team=3`);
    await police.page.getByRole('heading', { name: 'Không có tổ này' }).waitFor();
    await police.close();

    // Leadership reads plans, but not a surprise round: the API answers 404.
    const lead = await openMapAs(e2e, desktop, 'lanhdao');
    await lead.page.goto(`${e2e.server.url}/tuyen-kiem-tra/in?plan=${surprise.id}`);
    await lead.page.getByRole('heading', { name: 'Không tìm thấy kế hoạch' }).waitFor();
    await lead.page.screenshot({ path: `${artifacts}/route-sheet-hidden.png` });
    expect(lead.errors).toEqual([]);
    await lead.close();
  });
});

describe('the GPX download', () => {
  it('parses as GPX 1.1 with one track per team along the roads and a waypoint per stop', async () => {
    const police = await openMapAs(e2e, desktop, 'congan');
    const gpx = await police.page.evaluate(async (id) => {
      const text = await (await fetch(`/api/route-plans/${id}.gpx`)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.topografix.com/GPX/1/1';
      const root = doc.documentElement;
      const lonLat = (el: Element) => [
        Number(el.getAttribute('lon')),
        Number(el.getAttribute('lat')),
      ];
      return {
        parseErrors: doc.getElementsByTagName('parsererror').length,
        root: root.localName,
        namespace: root.namespaceURI,
        version: root.getAttribute('version'),
        // GPX 1.1's schema orders the children: metadata, wpt*, rte*, trk*.
        children: [...root.children].map((el) => el.localName),
        waypoints: [...doc.getElementsByTagNameNS(ns, 'wpt')].map(lonLat),
        tracks: [...doc.getElementsByTagNameNS(ns, 'trk')].map((trk) => ({
          name: trk.getElementsByTagNameNS(ns, 'name')[0]?.textContent,
          points: [...trk.getElementsByTagNameNS(ns, 'trkpt')].map(lonLat),
        })),
      };
    }, plan.id);
    expect(gpx.parseErrors).toBe(0);
    expect(gpx).toMatchObject({ root: 'gpx', namespace: 'http://www.topografix.com/GPX/1/1' });
    expect(gpx.version).toBe('1.1');
    const order = gpx.children.join(' ');
    expect(order).toMatch(/^(metadata )?(wpt )*(rte )*(trk ?)*$/);
    expect(gpx.tracks.map((t) => t.name)).toEqual(plan.teams.map((t) => t.name));
    expect(gpx.waypoints).toHaveLength(plan.teams.reduce((n, t) => n + t.stops.length, 0));
    // Viet Nam lies within 102–110° E, 8–24° N.
    const inVietnam = ([lon, lat]: number[]) =>
      (lon as number) > 102 && (lon as number) < 110 && (lat as number) > 8 && (lat as number) < 24;
    for (const track of gpx.tracks) {
      expect(track.points.length).toBeGreaterThanOrEqual(2);
      expect(track.points.every(inVietnam)).toBe(true);
    }
    expect(gpx.waypoints.every(inVietnam)).toBe(true);
    await police.close();
  });
});

describe("a team's route on a phone", () => {
  it('highlights the next stop not yet done and sends the phone navigation there', async () => {
    const police = await openMapAs(e2e, phone, 'congan');
    // After signing in: the login page's own "who am I?" is a 401 by design.
    const consoleErrors = watchConsole(police.page);
    // The first stop of team 1 inspected that night: the next one is then the second.
    const [first, second] = plan.teams[0]?.stops ?? [];
    if (!first || !second) throw new Error('team 1 has fewer than two stops');
    const recorded = await call(police.page, 'POST', '/api/inspections', {
      businessId: first.businessId,
      kind: 'surprise',
      team: [{ name: 'Trần Văn Kiểm', agency: 'Công an xã' }],
      arrivedAt: first.start,
      peoplePresent: ['Chủ cơ sở'],
      result: 'no-violation',
      violations: [],
      measures: [],
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);

    await police.page.goto(`${e2e.server.url}/tuyen-kiem-tra/doi?plan=${plan.id}&team=1`);
    await police.page.locator('.route-map[data-ready="true"]').waitFor({ timeout: 60_000 });
    const stops = police.page.locator('.team-stop');
    await expect.poll(() => stops.count()).toBe(plan.teams[0]?.stops.length);
    expect(await stops.nth(0).getAttribute('class')).toContain('team-stop-done');
    expect(await stops.nth(0).getByText('✓').count()).toBe(1);
    expect(await stops.nth(1).getAttribute('aria-current')).toBe('step');
    await police.page.getByText(`2. ${second.name}`).first().waitFor();

    const [lng, lat] = second.lngLat;
    const directions = police.page.getByRole('link', { name: 'Chỉ đường tới điểm tiếp theo' });
    const href = (await directions.getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe('https://www.google.com/maps/dir/');
    expect(url.searchParams.get('api')).toBe('1');
    expect(url.searchParams.get('travelmode')).toBe('driving');
    const [destLat, destLng] = (url.searchParams.get('destination') ?? '').split(',').map(Number);
    expect(destLat).toBeCloseTo(lat, 6);
    expect(destLng).toBeCloseTo(lng, 6);
    const geo = await police.page
      .getByRole('link', { name: 'Mở bằng ứng dụng bản đồ khác' })
      .getAttribute('href');
    expect(geo).toMatch(new RegExp(`^geo:${lat.toFixed(7)},${lng.toFixed(7)}\\?q=`));
    expect(await police.page.getByRole('link', { name: 'Tải GPX' }).getAttribute('href')).toBe(
      `/api/route-plans/${plan.id}.gpx`,
    );
    // The big button is big enough for a thumb, and the page does not scroll sideways.
    const box = await directions.boundingBox();
    expect(box && box.height >= 44 && box.width >= 300).toBe(true);
    expect(
      await police.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(390);
    await police.page.screenshot({ path: `${artifacts}/team-route-phone.png` });
    await police.page.screenshot({
      path: `${artifacts}/team-route-phone-full.png`,
      fullPage: true,
    });

    // Recording the next stop opens the inspection form for that premises.
    await police.page.getByRole('button', { name: 'Ghi kết quả kiểm tra', exact: true }).click();
    await police.page.waitForURL(/\/kiem-tra\?ban-nhap=/);
    await police.page.getByText(second.name).first().waitFor();

    expect(police.errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await police.close();
  });
});
