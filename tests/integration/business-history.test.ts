import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectErrorShape, testApp } from '../helpers/test-app';
import { pointInFirstVillage } from '../helpers/village-point';

const { request, sendJson, sql } = testApp({ as: 'congan' });

const instant = async () => {
  const [row] = await sql<[{ t: string }]>`select to_json(clock_timestamp())#>>'{}' as t`;
  return row.t;
};
const namesAsOf = async (asOf: string) => {
  const response = await request(`/api/businesses?asOf=${encodeURIComponent(asOf)}`);
  expect(response.status).toBe(200);
  const fc = (await response.json()) as FeatureCollection;
  return new Map(
    fc.features.map((f) => [f.properties?.id as number, f.properties?.name as string]),
  );
};

describe('every version of a business is kept', () => {
  it('shows the registry as it stood at any instant, and who changed it', async () => {
    const inside = await pointInFirstVillage(sql);
    const beforeCreate = await instant();
    const created = await sendJson('POST', '/api/businesses', {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: inside },
      properties: { name: 'Quán Cũ', type: 'bar-cafe', address: 'Thôn thử' },
    });
    const { id } = (await created.json()) as { id: number };
    const afterCreate = await instant();
    await sendJson('PATCH', `/api/businesses/${id}`, { properties: { name: 'Quán Mới' } });
    const afterRename = await instant();
    await request(`/api/businesses/${id}`, { method: 'DELETE' });
    const afterDelete = await instant();

    expect((await namesAsOf(beforeCreate)).has(id)).toBe(false);
    expect((await namesAsOf(afterCreate)).get(id)).toBe('Quán Cũ');
    expect((await namesAsOf(afterRename)).get(id)).toBe('Quán Mới');
    expect((await namesAsOf(afterDelete)).has(id)).toBe(false);

    const versions = await sql<{ name: string; changed_by: number; deleted: boolean }[]>`
      select data->>'name' as name, changed_by, data->>'deleted_at' is not null as deleted
      from business_versions where business_id = ${id} order by id`;
    const [police] = await sql<[{ id: number }]>`select id from users where username = 'congan'`;
    // The replaced versions; the live (deleted) row is in businesses itself.
    expect(versions.map((v) => v.name)).toEqual(['Quán Cũ', 'Quán Mới']);
    expect(versions.every((v) => v.changed_by === police.id && !v.deleted)).toBe(true);
  });

  it('writes no version for an update that changes nothing', async () => {
    const [before] = await sql<[{ n: number }]>`select count(*)::int as n from business_versions`;
    await sql`update businesses set village_id = village_id where id in (select id from businesses limit 5)`;
    const [after] = await sql<[{ n: number }]>`select count(*)::int as n from business_versions`;
    expect(after.n).toBe(before.n);
  });

  it('as of now, history gives the same registry as the live table', async () => {
    const live = await (await request('/api/businesses')).text();
    const asOfNow = await (
      await request(`/api/businesses?asOf=${encodeURIComponent(await instant())}`)
    ).text();
    expect(asOfNow).toBe(live);
  });

  it('refuses an asOf that is not a date or an instant', async () => {
    await expectErrorShape(await request('/api/businesses?asOf=yesterday'), 400);
    await expectErrorShape(await request('/api/businesses?asOf=2026-13-01'), 400);
  });
});
