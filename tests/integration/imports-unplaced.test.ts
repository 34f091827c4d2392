import { beforeAll, describe, expect, it } from 'vitest';
import { importForm, tableCounts, xlsxOf } from '../helpers/import-files';
import { expectErrorShape, testApp } from '../helpers/test-app';

const culture = testApp({ as: 'vanhoa' });
const { sql } = culture;
type Village = { id: number; name: string; slug: string; lng: number; lat: number };
let own: Village;
let other: Village;

beforeAll(async () => {
  [own, other] = (await sql<Village[]>`
    select id, name, slug, ST_X(p) as lng, ST_Y(p) as lat
    from (select id, name, slug, ST_PointOnSurface(geom) p from villages where geom is not null order by id limit 2) v`) as unknown as [
    Village,
    Village,
  ];
  const bytes = await xlsxOf(
    ['Tên cơ sở', 'Loại hình', 'Địa chỉ', 'Thôn', 'Chủ cơ sở', 'Số điện thoại', 'Số GCN'],
    [
      ['Quán Chờ Đặt Một', 'Cà phê', 'Xóm trong', own.name, null, null, null],
      ['Quán Chờ Đặt Hai', 'Karaoke', 'Xóm ngoài', own.name, 'Lê Thị Chờ', '0912345678', 'GCN-77'],
    ],
  );
  const created = await culture.request('/api/imports', {
    method: 'POST',
    body: importForm(bytes, 'chua-co-toa-do.xlsx', { kind: 'registry' }),
  });
  const { id, counts } = (await created.json()) as { id: number; counts: { unplaced: number } };
  expect(counts.unplaced).toBe(2);
  expect((await culture.request(`/api/imports/${id}/commit`, { method: 'POST' })).status).toBe(200);
});

const feature = (name: string, [lng, lat]: [number, number]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: { name, type: 'bar-cafe', address: 'Xóm trong' },
});

/** `app` places the premises `id` of the list as `name` at a village's point. */
const place = (app: ReturnType<typeof testApp>, id: number, name: string, at: Village) =>
  app.sendJson('POST', `/api/businesses/unplaced/${id}/place`, feature(name, [at.lng, at.lat]));

/** The premises still to place, as `app`'s list shows them. */
async function unplacedOf(app: ReturnType<typeof testApp>, query = '') {
  const list = (await (await app.request(`/api/businesses/unplaced${query}`)).json()) as {
    businesses: Array<{ id: number; name: string }>;
  };
  return list.businesses;
}

describe('premises to place on the map', () => {
  it('a village head places one of their village: a create proposal, and it leaves the list', async () => {
    const head = testApp({ as: `thon-${own.slug}` });
    const first = (await unplacedOf(head)).find((b) => b.name === 'Quán Chờ Đặt Một') as {
      id: number;
    };
    const before = await tableCounts(sql);
    const placed = await place(head, first.id, 'Quán Chờ Đặt Một', own);
    expect(placed.status).toBe(202);
    const after = await tableCounts(sql);
    expect(after.businesses).toBe(before.businesses); // a proposal, not yet a business
    expect(after.unplaced).toBe(before.unplaced - 1);
    expect((await unplacedOf(head)).some((b) => b.id === first.id)).toBe(false);
    await expectErrorShape(await place(head, first.id, 'X', own), 404);
  });

  it('a rejected placement comes back to the list; placed again and approved, it is the business', async () => {
    const head = testApp({ as: `thon-${own.slug}` });
    const police = testApp({ as: 'congan' });
    const listed = async () => (await unplacedOf(head)).find((b) => b.name === 'Quán Chờ Đặt Một');
    const [pending] = await sql<{ id: number; proposalId: number }[]>`
      select id::int, proposal_id::int as "proposalId" from unplaced_businesses
      where name = 'Quán Chờ Đặt Một' and proposal_id is not null`;
    if (!pending) throw new Error('the first test placed no proposal');
    expect(await listed()).toBeUndefined();
    const rejected = await police.sendJson('POST', `/api/proposals/${pending.proposalId}/reject`, {
      reason: 'Vị trí đặt nhầm sang nhà bên cạnh',
    });
    expect(rejected.status).toBe(200);
    expect((await listed())?.id).toBe(pending.id);
    const [audit] = await sql`
      select diff from audit_log where entity = 'proposal' and action = 'reject'
        and entity_id = ${String(pending.proposalId)}`;
    expect(audit?.diff).toMatchObject({ unplacedId: pending.id });

    const placed = await place(head, pending.id, 'Quán Chờ Đặt Một', own);
    expect(placed.status).toBe(202);
    const proposal = (await placed.json()) as { id: number };
    const approved = await police.request(`/api/proposals/${proposal.id}/approve`, {
      method: 'POST',
    });
    expect(approved.status).toBe(200);
    const [row] = await sql`
      select u.business_id::int as "businessId", b.name from unplaced_businesses u
        join businesses b on b.id = u.business_id where u.id = ${pending.id}`;
    expect(row).toMatchObject({ name: 'Quán Chờ Đặt Một' });
    expect(await listed()).toBeUndefined();
    // Off the registry again: the journeys after these tests plan rounds over the demo's premises.
    const removed = await police.request(`/api/businesses/${row?.businessId}`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(204);
  });

  it('a village head cannot place it in another village (403) and nothing changes', async () => {
    const head = testApp({ as: `thon-${own.slug}` });
    const second = (await unplacedOf(head)).find((b) => b.name === 'Quán Chờ Đặt Hai') as {
      id: number;
    };
    const before = await tableCounts(sql);
    await expectErrorShape(await place(head, second.id, 'Quán Chờ Đặt Hai', other), 403);
    expect(await tableCounts(sql)).toEqual(before);
  });

  it('culture places one directly: a business in the registry (201)', async () => {
    const second = (await unplacedOf(culture, `?village=${own.id}`)).find(
      (b) => b.name === 'Quán Chờ Đặt Hai',
    ) as { id: number };
    const placed = await place(culture, second.id, 'Quán Chờ Đặt Hai', own);
    expect(placed.status).toBe(201);
    const body = (await placed.json()) as {
      properties: { village: number; owner: string; phone: string; licenceNumber: string };
    };
    expect(body.properties.village).toBe(own.id);
    // The form sent no owner, phone or licence: the import's values are kept.
    expect(body.properties).toMatchObject({
      owner: 'Lê Thị Chờ',
      phone: '0912345678',
      licenceNumber: 'GCN-77',
    });
  });
});
