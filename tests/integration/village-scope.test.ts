import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, testApp } from '../helpers/test-app';

// Village A is the first village by id; B is another one. The head of A signs in.
const police = testApp({ as: 'congan' });
const { sql } = police;
let a: { id: number; slug: string; lngLat: [number, number] };
let b: { id: number; lngLat: [number, number] };
let head: ReturnType<typeof testApp>;
let businessInB = 0;
let businessInA = 0;

const point = (lngLat: [number, number]) => ({ type: 'Point', coordinates: lngLat });
const feature = (lngLat: [number, number]) => ({
  type: 'Feature',
  geometry: point(lngLat),
  properties: { name: 'Nhà nghỉ Thử', type: 'lodging', address: 'Thôn thử' },
});

const leadership = testApp({ as: 'lanhdao' });

beforeAll(async () => {
  const rows = await sql<{ id: number; slug: string; lng: number; lat: number }[]>`
    select id, slug, ST_X(p) as lng, ST_Y(p) as lat
    from (select id, slug, ST_PointOnSurface(geom) as p from villages order by id limit 2) s`;
  const [first, second] = [rows[0], rows[1]] as [(typeof rows)[number], (typeof rows)[number]];
  a = { id: first.id, slug: first.slug, lngLat: [first.lng, first.lat] };
  b = { id: second.id, lngLat: [second.lng, second.lat] };
  const [row] = await sql<
    [{ id: number }]
  >`select id::int from businesses where village_id = ${b.id} limit 1`;
  businessInB = row.id;
  const [own] = await sql<[{ id: number }]>`
    select id::int from businesses where village_id = ${a.id} and deleted_at is null limit 1`;
  businessInA = own.id;
  head = testApp({ as: `thon-${a.slug}` });
});

describe('a village head works only in their own village', () => {
  it('lists only their own village, and is refused another village', async () => {
    const list = (await (await head.request('/api/businesses')).json()) as FeatureCollection;
    expect(list.features.length).toBeGreaterThan(0);
    for (const f of list.features) expect(f.properties?.village).toBe(a.id);
    await expectErrorShape(await head.request(`/api/businesses?village=${b.id}`), 403);
    await expectErrorShape(await head.request(`/api/businesses/${businessInB}`), 403);
  });

  it('proposes a business inside their village: 202, pending, the registry unchanged', async () => {
    const [before] = await sql<[{ n: number }]>`select count(*)::int as n from businesses`;
    const response = await head.sendJson('POST', '/api/businesses', feature(a.lngLat));
    expect(response.status).toBe(202);
    const proposal = (await response.json()) as { id: number; status: string; action: string };
    expect(proposal).toMatchObject({ status: 'pending', action: 'create' });
    expect(response.headers.get('location')).toBe(`/api/proposals/${proposal.id}`);
    const [after] = await sql<[{ n: number }]>`select count(*)::int as n from businesses`;
    expect(after.n).toBe(before.n);
  });

  it('cannot create, move into, edit or delete in another village', async () => {
    const [before] = await sql`select (select count(*)::int from businesses) as businesses,
                                      (select count(*)::int from proposals) as proposals`;
    const created = await head.sendJson('POST', '/api/businesses', feature(b.lngLat));
    expect((await expectErrorShape(created, 403)).code).toBe('outside-own-village');
    await expectErrorShape(
      await head.sendJson('PATCH', `/api/businesses/${businessInA}`, {
        geometry: point(b.lngLat),
      }),
      403,
    );
    await expectErrorShape(
      await head.sendJson('PATCH', `/api/businesses/${businessInB}`, {
        properties: { status: 'closed' },
      }),
      403,
    );
    await expectErrorShape(
      await head.request(`/api/businesses/${businessInB}`, { method: 'DELETE' }),
      403,
    );
    const [after] = await sql`select (select count(*)::int from businesses) as businesses,
                                     (select count(*)::int from proposals) as proposals`;
    expect(after).toEqual(before); // nothing written, nothing proposed
    const [still] = await sql<[{ village_id: number; deleted_at: Date | null }]>`
      select village_id, deleted_at from businesses where id = ${businessInB}`;
    expect(still).toEqual({ village_id: b.id, deleted_at: null });
  });
});

describe('fields a role may not see are absent', () => {
  it('gives police the owner and phone, and leadership neither', async () => {
    const asPolice = (await (await police.request(`/api/businesses/${businessInB}`)).json()) as {
      properties: object;
    };
    expect(asPolice.properties).toHaveProperty('owner');
    expect(asPolice.properties).toHaveProperty('phone');
    const asLeadership = await (await leadership.request(`/api/businesses/${businessInB}`)).text();
    expect(JSON.parse(asLeadership).properties).not.toHaveProperty('owner');
    expect(JSON.parse(asLeadership).properties).not.toHaveProperty('phone');
    const list = await (await leadership.request('/api/businesses')).text();
    expect(list).not.toContain('"owner"');
    expect(list).not.toContain('"phone"');
  });
});
