// GET /api/tips in pages: `limit` and the `next` cursor walk the whole list once, in the list's
// own order (what is due first, first), with filters and due states decided in the database as
// the whole list decides them; `tiledAbove` hands a large layer to the tiles; bad paging is a 400.
import { describe, expect, it } from 'vitest';
import { expectErrorShape, testApp } from '../helpers/test-app';

// One clock for every request, so the whole list and its pages judge "due" at the same instant.
const now = () => new Date('2026-11-14T03:00:00Z');
const police = testApp({ as: 'congan', now });
const village = testApp({ as: 'thon-bang-son', now });

type TipList = {
  features: { id: number; properties: { status: string; due: string | null } }[];
  numberMatched?: number;
  numberReturned?: number;
  next?: string | null;
  tiled?: { count: number; dueSoonDays: number; tilejson: string };
};

const read = async (app: typeof police, path: string) => {
  const response = await app.request(path);
  expect(response.status).toBe(200);
  return (await response.json()) as TipList;
};

/** Every page from the first, following `next`, as the web does. */
async function walk(app: typeof police, query: string, limit: number) {
  const ids: number[] = [];
  const matched: number[] = [];
  let cursor: string | null | undefined = null;
  do {
    const after: string = cursor ? `&cursor=${cursor}` : '';
    const page = await read(app, `/api/tips?limit=${limit}${query}${after}`);
    expect(page.numberReturned).toBe(page.features.length);
    expect(page.features.length).toBeLessThanOrEqual(limit);
    ids.push(...page.features.map((f) => f.id));
    matched.push(page.numberMatched ?? -1);
    cursor = page.next;
  } while (cursor);
  return { ids, matched };
}

describe('tips in pages', () => {
  it.each([
    ['police, all tips', police, ''],
    ['police, open and verified', police, '&status=received,verified'],
    ['police, overdue or due soon', police, '&due=overdue,due-soon'],
    ['police, on time, one category', police, '&due=on-time&category=nghi-mua-ban-dam'],
    ['police, one channel in 2026', police, '&channel=hotline&from=2026-01-01&to=2027-01-01'],
    ['a village head, their own', village, ''],
  ])('walks %s once, in the whole list’s order', async (_, app, query) => {
    const whole = await read(app, `/api/tips?${query.slice(1)}`);
    const { ids, matched } = await walk(app, query, 37);
    expect(ids).toEqual(whole.features.map((f) => f.id));
    expect(new Set(matched)).toEqual(new Set([whole.features.length]));
  });

  it('has tips in every due state and closed ones, so the order above is tested', async () => {
    const whole = await read(police, '/api/tips');
    const states = new Set(whole.features.map((f) => f.properties.due));
    expect(states).toEqual(new Set(['overdue', 'due-soon', 'on-time', null]));
    expect(whole.features.length).toBeGreaterThan(100);
  });

  it('keeps a walk whole when a tip moves on between two pages', async () => {
    const first = await read(police, '/api/tips?limit=3');
    const all = await read(police, '/api/tips');
    // An open tip of a later page is closed meanwhile: it moves to the closed tips, further on.
    const later = all.features
      .slice(3)
      .find((f) => f.properties.due !== null) as TipList['features'][number];
    await police.sql`update tips set status = 'unfounded' where id = ${later.id}`;
    try {
      const rest: number[] = [];
      let cursor = first.next;
      while (cursor) {
        const page = await read(police, `/api/tips?limit=200&cursor=${cursor}`);
        rest.push(...page.features.map((f) => f.id));
        cursor = page.next;
      }
      const seen = [...first.features.map((f) => f.id), ...rest];
      expect(seen.length).toBe(new Set(seen).size);
      expect(new Set(seen)).toEqual(new Set(all.features.map((f) => f.id)));
    } finally {
      await police.sql`update tips set status = ${later.properties.status} where id = ${later.id}`;
    }
  });

  it('sends the count and the tiles in place of a layer larger than tiledAbove', async () => {
    const whole = await read(police, '/api/tips');
    const tiled = await read(police, '/api/tips?tiledAbove=10');
    expect(tiled.features).toEqual([]);
    expect(tiled.tiled).toEqual({
      count: whole.features.length,
      dueSoonDays: 3,
      tilejson: '/api/tiles/tips',
    });
    const small = await read(police, `/api/tips?tiledAbove=${whole.features.length}`);
    expect(small.features.length).toBe(whole.features.length);
    // A filtered list is never tiled: it is what the panel lists.
    const filtered = await read(police, '/api/tips?tiledAbove=10&status=received');
    expect(filtered.tiled).toBeUndefined();
  });

  it.each([
    ['limit 0', '/api/tips?limit=0'],
    ['limit 10⁹', '/api/tips?limit=1000000000'],
    ['a limit that is no number', '/api/tips?limit=abc'],
    [
      'a cursor without limit',
      `/api/tips?cursor=${Buffer.from('[0,"1","2",3]').toString('base64url')}`,
    ],
    ['a cursor that is not one', '/api/tips?limit=5&cursor=not-a-cursor'],
    [
      'a cursor of the wrong shape',
      `/api/tips?limit=5&cursor=${Buffer.from('[7,"x"]').toString('base64url')}`,
    ],
    ['tiledAbove 0', '/api/tips?tiledAbove=0'],
  ])('refuses %s with a 400 in the error shape', async (_, path) => {
    await expectErrorShape(await police.request(path), 400);
  });
});
