// Every list of the API in pages (api/src/lib/paging.ts, db/src/queries/keyset.ts): `limit`
// and the `next` cursor walk the whole list once, in the order of the list read whole, with
// numberMatched right on every page; a village head's pages hold only their village's rows;
// bad paging is a 400 in the error shape. (Tips: tip-pages.test.ts.)
import { describe, expect, it } from 'vitest';
import { expectErrorShape, testApp } from '../helpers/test-app';

const police = testApp({ as: 'congan' });
const village = testApp({ as: 'thon-bang-son' });
const health = testApp({ as: 'tramyte' });

type Page = {
  numberMatched: number | null;
  numberReturned: number;
  next: string | null;
} & Record<string, unknown>;

type Row = { id: number; properties?: { village?: number } };

const read = async (app: typeof police, path: string) => {
  const response = await app.request(path);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
};

/** Every page from the first, following `next`, as the web does. */
async function walk(app: typeof police, path: string, rowsKey: string, limit: number) {
  const rows: Row[] = [];
  const matched = new Set<number | null>();
  let cursor: string | null = null;
  const join = path.includes('?') ? '&' : '?';
  do {
    const after: string = cursor ? `&cursor=${cursor}` : '';
    const page = await read(app, `${path}${join}limit=${limit}${after}`);
    const got = page[rowsKey] as Row[];
    expect(page.numberReturned).toBe(got.length);
    expect(got.length).toBeLessThanOrEqual(limit);
    rows.push(...got);
    matched.add(page.numberMatched);
    cursor = page.next;
  } while (cursor);
  // Every page counts the whole list, the same.
  expect([...matched]).toEqual([rows.length]);
  return rows;
}

const lists = [
  ['businesses, police', police, '/api/businesses', 'features'],
  ['businesses of one village, police', police, '/api/businesses?village=3', 'features'],
  ['businesses, a village head', village, '/api/businesses', 'features'],
  ['inspections, police', police, '/api/inspections', 'features'],
  ['recorded inspections, police', police, '/api/inspections?status=recorded', 'features'],
  ['proposals, police', police, '/api/proposals', 'proposals'],
  ['proposals, a village head', village, '/api/proposals', 'proposals'],
  ['online violations, police', police, '/api/online-violations', 'violations'],
  ['support cases, health', health, '/api/support/cases', 'cases'],
  ['premises to place, police', police, '/api/businesses/unplaced', 'businesses'],
  ['imports, police', police, '/api/imports', 'imports'],
  [
    'registry reviews of ten years, health',
    health,
    '/api/registry-reviews?from=2020-01-01&to=2030-01-01',
    'reviews',
  ],
] as const;

describe('lists in pages', () => {
  it.each(lists)('walks %s once, in the whole list’s order', async (_, app, path, key) => {
    const whole = await read(app, path);
    const all = whole[key] as Row[];
    expect(whole.next).toBeNull();
    expect(whole.numberMatched).toBe(all.length);
    const rows = await walk(app, path, key, Math.max(1, Math.ceil(all.length / 7)));
    expect(rows.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('has rows in the lists walked above', async () => {
    for (const [path, key] of [
      ['/api/businesses', 'features'],
      ['/api/inspections', 'features'],
    ] as const) {
      expect(((await read(police, path))[key] as Row[]).length).toBeGreaterThan(100);
    }
    expect(((await read(health, '/api/support/cases')).cases as Row[]).length).toBeGreaterThan(5);
    const reviews = await read(health, '/api/registry-reviews?from=2020-01-01&to=2030-01-01');
    expect((reviews.reviews as Row[]).length).toBeGreaterThan(10);
  });

  it('gives a village head pages of their own village only', async () => {
    const [head] = await village.sql<{ villageId: number }[]>`
      select village_id as "villageId" from users where username = 'thon-bang-son'`;
    const rows = await walk(village, '/api/businesses', 'features', 9);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.properties?.village))).toEqual(new Set([head?.villageId]));
    const [mine] = await village.sql<{ n: number }[]>`
      select count(*)::int as n from businesses
      where village_id = ${head?.villageId ?? 0} and deleted_at is null`;
    expect(rows.length).toBe(mine?.n);
  });

  it.each([
    '/api/businesses?limit=0',
    '/api/businesses?limit=1001',
    '/api/businesses?limit=abc',
    '/api/businesses?cursor=nonsense',
    `/api/businesses?cursor=${Buffer.from('["x"]').toString('base64url')}`,
    `/api/inspections?cursor=${Buffer.from('["2026-02-31T00:00:00.000000Z","1"]').toString('base64url')}`,
    `/api/inspections?cursor=${Buffer.from('["1"]').toString('base64url')}`,
    `/api/online-violations?limit=2000`,
    `/api/proposals?cursor=${Buffer.from('[1,2,3]').toString('base64url')}`,
    `/api/registry-reviews?cursor=${Buffer.from('["2026-13-01","1"]').toString('base64url')}`,
    '/api/registry-reviews?limit=1001',
  ])('answers 400 in the error shape for %s', async (path) => {
    await expectErrorShape(await police.request(path), 400);
  });
});
