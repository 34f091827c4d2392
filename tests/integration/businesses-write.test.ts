import { closedAllWeek } from '@ntm/api/schemas/business';
import { describe, expect, it } from 'vitest';
import { expectErrorShape, testApp } from '../helpers/test-app';

const { request, sendJson, sql } = testApp();

async function count() {
  const [row] = await sql<[{ n: number }]>`select count(*)::int as n from businesses`;
  return row.n;
}

/** A point well inside village number `index` (by id order) and that village's id. */
async function pointInVillage(index: number) {
  const [row] = await sql<[{ id: number; lng: number; lat: number }]>`
    select id, ST_X(p) as lng, ST_Y(p) as lat
    from (select id, ST_PointOnSurface(geom) as p from villages where geom is not null order by id offset ${index} limit 1) s`;
  return { villageId: row.id, lngLat: [row.lng, row.lat] as [number, number] };
}

const feature = (lngLat: unknown, overrides: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: lngLat },
  properties: {
    name: 'Karaoke Thử Nghiệm',
    type: 'karaoke',
    address: 'Thôn thử nghiệm, xã Nam Thanh Miện',
    openingHours: { ...closedAllWeek, mon: [['14:00', '23:00']] },
    ...overrides,
  },
});

describe('POST /api/businesses', () => {
  it('creates a business, derives its village and writes an audit entry', async () => {
    const { villageId, lngLat } = await pointInVillage(2);
    const before = await count();
    const response = await sendJson('POST', '/api/businesses', feature(lngLat));
    expect(response.status).toBe(201);
    const created = (await response.json()) as {
      id: number;
      properties: { village: number; status: string };
    };
    expect(created.properties.village).toBe(villageId);
    expect(created.properties.status).toBe('active');
    expect(response.headers.get('location')).toBe(`/api/businesses/${created.id}`);
    expect(await count()).toBe(before + 1);
    const audit =
      await sql`select action, hash, prev_hash from audit_log where entity = 'business' and entity_id = ${String(created.id)}`;
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('create');
    expect(audit[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  const badBodies: Array<[string, () => Promise<unknown>, number]> = [
    ['a point outside the commune (Hà Nội)', async () => feature([105.85, 21.03]), 422],
    ['a point outside Vietnam', async () => feature([2.35, 48.85]), 422],
    [
      'a geometry that is not a Point',
      async () => ({
        ...feature([106.24, 20.72]),
        geometry: {
          type: 'LineString',
          coordinates: [
            [106.24, 20.72],
            [106.25, 20.73],
          ],
        },
      }),
      400,
    ],
    ['a longitude out of range', async () => feature([206.24, 20.72]), 400],
    ['a latitude out of range', async () => feature([106.24, 95]), 400],
    ['coordinates as strings', async () => feature(['106.24', '20.72']), 400],
    [
      'an unknown business type',
      async () => feature((await pointInVillage(0)).lngLat, { type: 'casino' }),
      400,
    ],
    [
      'a name that is not a string',
      async () => feature((await pointInVillage(0)).lngLat, { name: 42 }),
      400,
    ],
    [
      'a hand-typed village',
      async () => feature((await pointInVillage(0)).lngLat, { village: 1 }),
      400,
    ],
    [
      'malformed opening hours',
      async () =>
        feature((await pointInVillage(0)).lngLat, { openingHours: { mon: [['25:00', '26:00']] } }),
      400,
    ],
    [
      'a bare geometry instead of a Feature',
      async () => ({ type: 'Point', coordinates: [106.24, 20.72] }),
      400,
    ],
    ['malformed JSON', async () => '{"type": "Feature", ', 400],
    ['an empty body', async () => '', 400],
  ];

  it.each(badBodies)(
    'refuses %s in the error shape and changes nothing',
    async (_, makeBody, status) => {
      const before = await count();
      await expectErrorShape(await sendJson('POST', '/api/businesses', await makeBody()), status);
      expect(await count()).toBe(before);
    },
  );

  it('refuses a body over 1 MB with 413 and changes nothing', async () => {
    const before = await count();
    const { lngLat } = await pointInVillage(0);
    const huge = feature(lngLat, { address: 'x'.repeat(1_100_000) });
    await expectErrorShape(await sendJson('POST', '/api/businesses', huge), 413);
    expect(await count()).toBe(before);
  });
});

describe('PATCH and DELETE /api/businesses/{id}', () => {
  async function create() {
    const { lngLat } = await pointInVillage(0);
    const response = await sendJson(
      'POST',
      '/api/businesses',
      feature(lngLat, { name: 'Cà phê Sửa Thử' }),
    );
    return ((await response.json()) as { id: number }).id;
  }

  it('moving a business into another village changes its derived village', async () => {
    const id = await create();
    const target = await pointInVillage(5);
    const response = await sendJson('PATCH', `/api/businesses/${id}`, {
      geometry: { type: 'Point', coordinates: target.lngLat },
    });
    expect(response.status).toBe(200);
    const updated = (await response.json()) as { properties: { village: number } };
    expect(updated.properties.village).toBe(target.villageId);
    const [audit] =
      await sql`select diff from audit_log where entity_id = ${String(id)} and action = 'update'`;
    expect(Object.keys(audit?.diff ?? {})).toEqual(['lngLat']);
  });

  it('updates only the properties sent', async () => {
    const id = await create();
    const response = await sendJson('PATCH', `/api/businesses/${id}`, {
      properties: { status: 'suspended' },
    });
    const updated = (await response.json()) as {
      properties: { status: string; name: string; type: string };
    };
    expect(updated.properties).toMatchObject({
      status: 'suspended',
      name: 'Cà phê Sửa Thử',
      type: 'karaoke',
    });
  });

  it('refuses a move outside the commune and keeps the old position', async () => {
    const id = await create();
    const before = await (await request(`/api/businesses/${id}`)).json();
    const error = await expectErrorShape(
      await sendJson('PATCH', `/api/businesses/${id}`, {
        geometry: { type: 'Point', coordinates: [105.85, 21.03] },
      }),
      422,
    );
    expect(error.code).toBe('outside-commune');
    expect(await (await request(`/api/businesses/${id}`)).json()).toEqual(before);
  });

  it('refuses an empty patch, a wrong type and an unknown id', async () => {
    const id = await create();
    await expectErrorShape(await sendJson('PATCH', `/api/businesses/${id}`, {}), 400);
    await expectErrorShape(
      await sendJson('PATCH', `/api/businesses/${id}`, { properties: { status: 'open' } }),
      400,
    );
    await expectErrorShape(
      await sendJson('PATCH', '/api/businesses/999999999', { properties: { status: 'closed' } }),
      404,
    );
  });

  it('deletes a business: 204, then 404 on read and on a second delete', async () => {
    const id = await create();
    expect((await request(`/api/businesses/${id}`, { method: 'DELETE' })).status).toBe(204);
    await expectErrorShape(await request(`/api/businesses/${id}`), 404);
    await expectErrorShape(await request(`/api/businesses/${id}`, { method: 'DELETE' }), 404);
    const [audit] =
      await sql`select action from audit_log where entity_id = ${String(id)} and action = 'delete'`;
    expect(audit?.action).toBe('delete');
  });
});

describe('the audit chain', () => {
  it('links every entry to the one before it', async () => {
    const rows = await sql<
      { hash: string; prev_hash: string | null }[]
    >`select hash, prev_hash from audit_log order by id`;
    expect(rows.length).toBeGreaterThan(0);
    const expected = rows.map((_, i) => (i === 0 ? null : rows[i - 1]?.hash));
    expect(rows.map((row) => row.prev_hash)).toEqual(expected);
  });
});
