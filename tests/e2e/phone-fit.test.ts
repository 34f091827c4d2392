// Issue #17 item 8: every page fits a 360 px phone. For every page of the router, as every
// role that may open it (plus the login page and the public tip pages): nothing scrolls
// sideways, no text is smaller than 12 px, and each form's last button can be scrolled to and
// pressed (not off the screen, not under a fixed bar). A failure names the page, the role and
// the elements at fault.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../web/src/api/auth-client';
import { mayCall } from '../../web/src/auth/permissions';
import { pages, publicPages } from '../../web/src/router/pages';
import { artifacts, e2eSuite } from '../helpers/e2e';
import { apiHeaders, openMapAs, openPage, waitForMap } from '../helpers/pages';
import { measurePhoneFit, type PhoneFit } from '../helpers/phone-fit';

const smallPhone = { width: 360, height: 740 };

const e2e = e2eSuite();

/** The query the route sheet and a team's page need: a round the police saved. */
let savedPlan = '';

beforeAll(async () => {
  const made = await fetch(`${e2e.server.url}/api/route-plans`, {
    method: 'POST',
    headers: await apiHeaders(e2e.server.url, 'congan'),
    body: JSON.stringify({
      date: '2026-11-27',
      teams: [{ name: 'Tổ 1', shift: { from: '19:00', to: '23:00' } }],
      selection: { maxStops: 4 },
      seed: 7,
    }),
  });
  expect(made.status).toBe(201);
  savedPlan = `?plan=${((await made.json()) as { id: number }).id}&team=1`;
});

/** What is wrong with a page; empty when it fits. */
function faults(fit: PhoneFit): Partial<PhoneFit> {
  return {
    ...(fit.sideways > 0 ? { sideways: fit.sideways, wideElements: fit.wideElements } : {}),
    ...(fit.smallText.length > 0 ? { smallText: fit.smallText } : {}),
    ...(fit.unreachableButtons.length > 0 ? { unreachableButtons: fit.unreachableButtons } : {}),
  };
}

/** Opens a page and waits for it to settle: its data loaded, the map drawn where there is one. */
async function settle(page: Page, url: string, signedIn: boolean) {
  await page.goto(url);
  if (signedIn && new URL(url).pathname === '/') await waitForMap(page);
  await page.waitForLoadState('networkidle');
  await page.locator('h1, h2').first().waitFor();
  // What a person may open on the page is measured open: the charts' data tables, the forms.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  for (const opener of openers[new URL(url).pathname] ?? []) {
    await page.getByRole('button', { name: opener }).first().click();
  }
  await page.waitForLoadState('networkidle');
}

/** Buttons that open a page's forms, by path (the forms are measured open). */
const openers: Record<string, string[]> = {
  '/kiem-tra': ['Lên lịch kiểm tra'],
};

/** Measures each path on one signed-in (or signed-out) page; every fault by path. */
async function check(page: Page, who: string, paths: readonly string[]) {
  const signedIn = who !== 'public';
  const found: Record<string, Partial<PhoneFit>> = {};
  for (const path of paths) {
    await settle(page, `${e2e.server.url}${path}`, signedIn);
    const name = `${who}${new URL(path, e2e.server.url).pathname.replaceAll('/', '-')}`.replace(
      /-$/,
      '',
    );
    await page.screenshot({ path: `${artifacts}/phone-fit-${name}.png`, fullPage: true });
    const problems = faults(await measurePhoneFit(page));
    if (Object.keys(problems).length > 0) found[path] = problems;
  }
  return found;
}

const accounts: [Role, string][] = [
  ['police', 'congan'],
  ['culture', 'vanhoa'],
  ['leadership', 'lanhdao'],
  ['health', 'tramyte'],
  ['admin', 'admin'],
  ['village', ''],
];

describe('every page on a 360 px phone', () => {
  it('the login page and the public tip pages fit', async () => {
    const { page, errors, close } = await openPage(e2e.browser, smallPhone);
    const found = await check(page, 'public', ['/', ...publicPages.map((p) => p.path)]);
    expect(found, JSON.stringify(found, null, 1)).toEqual({});
    expect(errors).toEqual([]);
    await close();
  });

  it.each(accounts)('every page %s may open fits', async (role, knownUsername) => {
    const [village] = await e2e.server.sql<[{ username: string }]>`
      select username from users where role = 'village' order by username limit 1`;
    const username = knownUsername || village.username;
    const { page, errors, close } = await openMapAs(e2e, smallPhone, username);
    const paths = pages
      .filter((p) => p.needs === null || mayCall(role, p.needs))
      .map((p) => (p.path.startsWith('/tuyen-kiem-tra/') ? `${p.path}${savedPlan}` : p.path));
    expect(paths.length).toBeGreaterThan(0);
    const found = await check(page, role, paths);
    expect(found, JSON.stringify(found, null, 1)).toEqual({});
    expect(errors).toEqual([]);
    await close();
  });
});
