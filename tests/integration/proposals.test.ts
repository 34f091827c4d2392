// A village head's change becomes a proposal; police or culture approve it (applied at once,
// audited) or reject it with a reason; the village head sees the outcome.
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps, testApp } from '../helpers/test-app';

const { police, culture, leadership } = staffApps();
const { sql } = police;
let head: ReturnType<typeof testApp>;
let otherHead: ReturnType<typeof testApp>;
let village = { id: 0, lngLat: [0, 0] as [number, number] };
let businessInA = 0;

type Proposal = {
  id: number;
  action: string;
  status: string;
  businessId: number | null;
  before: { geometry: { coordinates: number[] }; properties: Record<string, unknown> } | null;
  after: { geometry: { coordinates: number[] }; properties: Record<string, unknown> } | null;
  changed: string[];
  decidedBy: { displayName: string } | null;
  reason: string | null;
};

const newBusiness = (lngLat: [number, number], name: string) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: lngLat },
  properties: {
    name,
    type: 'karaoke',
    address: 'Xóm Đề xuất',
    owner: 'Chủ Thử',
    phone: '0912345678',
  },
});

beforeAll(async () => {
  const [a, b] = await sql<{ id: number; slug: string; lng: number; lat: number }[]>`
    select id, slug, ST_X(p) as lng, ST_Y(p) as lat
    from (select id, slug, ST_PointOnSurface(geom) as p from villages order by id desc limit 2) s`;
  if (!a || !b) throw new Error('the demo has villages');
  village = { id: a.id, lngLat: [a.lng, a.lat] };
  head = testApp({ as: `thon-${a.slug}` });
  otherHead = testApp({ as: `thon-${b.slug}` });
  const [row] = await sql<[{ id: number }]>`
    select id::int from businesses where village_id = ${a.id} and deleted_at is null order by id limit 1`;
  businessInA = row.id;
});

const file = async (response: Response) => {
  expect(response.status).toBe(202);
  return (await response.json()) as Proposal;
};

describe('proposals', () => {
  it('files a new business, shows it pending, and applies it when police approve', async () => {
    const proposal = await file(
      await head.sendJson(
        'POST',
        '/api/businesses',
        newBusiness(village.lngLat, 'Karaoke Đề xuất'),
      ),
    );
    expect(proposal).toMatchObject({
      action: 'create',
      status: 'pending',
      businessId: null,
      before: null,
    });
    expect(proposal.after?.geometry.coordinates).toEqual(village.lngLat);

    const own = (await (await head.request('/api/proposals?status=pending')).json()) as {
      proposals: Proposal[];
    };
    expect(own.proposals.map((p) => p.id)).toContain(proposal.id);
    const others = (await (await otherHead.request('/api/proposals')).json()) as {
      proposals: Proposal[];
    };
    expect(others.proposals.map((p) => p.id)).not.toContain(proposal.id);
    await expectErrorShape(await otherHead.request(`/api/proposals/${proposal.id}`), 404);
    await expectErrorShape(await leadership.request('/api/proposals'), 403);

    const queue = (await (await police.request('/api/proposals?status=pending')).json()) as {
      proposals: Proposal[];
    };
    expect(queue.proposals.map((p) => p.id)).toContain(proposal.id);

    const approved = await police.request(`/api/proposals/${proposal.id}/approve`, {
      method: 'POST',
    });
    expect(approved.status).toBe(200);
    const decided = (await approved.json()) as Proposal;
    expect(decided.status).toBe('approved');
    expect(decided.decidedBy?.displayName).toBeTruthy();
    const [business] = await sql`
      select name, village_id from businesses where id = ${decided.businessId as number}`;
    expect(business).toEqual({ name: 'Karaoke Đề xuất', village_id: village.id });

    const list = (await (await leadership.request('/api/businesses')).json()) as FeatureCollection;
    expect(list.features.map((f) => f.id)).toContain(decided.businessId);

    const seen = (await (await head.request(`/api/proposals/${proposal.id}`)).json()) as Proposal;
    expect(seen.status).toBe('approved');

    const audit = await sql<{ action: string; entity: string }[]>`
      select action, entity from audit_log
      where (entity = 'proposal' and entity_id = ${String(proposal.id)})
         or (entity = 'business' and entity_id = ${String(decided.businessId)})
      order by id`;
    expect(audit).toEqual([
      { action: 'propose', entity: 'proposal' },
      { action: 'create', entity: 'business' },
      { action: 'approve', entity: 'proposal' },
    ]);

    const again = await police.request(`/api/proposals/${proposal.id}/approve`, { method: 'POST' });
    expect((await expectErrorShape(again, 409)).code).toBe('already-decided');
  });

  it('proposes a move and a new name with both positions for the map diff', async () => {
    const [before] = await sql<[{ name: string; lng: number; lat: number }]>`
      select name, ST_X(geom) as lng, ST_Y(geom) as lat from businesses where id = ${businessInA}`;
    const moved: [number, number] = [village.lngLat[0], village.lngLat[1]];
    const proposal = await file(
      await head.sendJson('PATCH', `/api/businesses/${businessInA}`, {
        geometry: { type: 'Point', coordinates: moved },
        properties: { name: 'Tên mới' },
      }),
    );
    expect(proposal.changed.sort()).toEqual(['geometry', 'name']);
    expect(proposal.before?.properties.name).toBe(before.name);
    expect(proposal.after?.properties.name).toBe('Tên mới');
    expect(proposal.after?.geometry.coordinates).toEqual(moved);
    const [unchanged] = await sql`select name from businesses where id = ${businessInA}`;
    expect(unchanged?.name).toBe(before.name);

    const approved = await culture.request(`/api/proposals/${proposal.id}/approve`, {
      method: 'POST',
    });
    expect(approved.status).toBe(200);
    const [after] = await sql<[{ name: string; lng: number }]>`
      select name, ST_X(geom) as lng from businesses where id = ${businessInA}`;
    expect(after.name).toBe('Tên mới');
    expect(after.lng).toBeCloseTo(moved[0], 7);
  });

  it('rejects with a reason, which the village head then reads; no reason, no rejection', async () => {
    const proposal = await file(
      await head.sendJson('PATCH', `/api/businesses/${businessInA}`, {
        properties: { status: 'closed' },
      }),
    );
    const reject = (body: unknown) =>
      police.sendJson('POST', `/api/proposals/${proposal.id}/reject`, body);
    await expectErrorShape(await reject({}), 400);
    await expectErrorShape(await reject({ reason: '  ' }), 400);
    const rejected = await reject({ reason: 'Cơ sở vẫn hoạt động, đã kiểm tra ngày 28/11' });
    expect(rejected.status).toBe(200);
    const seen = (await (await head.request(`/api/proposals/${proposal.id}`)).json()) as Proposal;
    expect(seen).toMatchObject({
      status: 'rejected',
      reason: 'Cơ sở vẫn hoạt động, đã kiểm tra ngày 28/11',
    });
    const [row] = await sql`select status from businesses where id = ${businessInA}`;
    expect(row?.status).toBe('active');
  });

  it('refuses to approve over a change made after the proposal (409), and changes nothing', async () => {
    const proposal = await file(
      await head.sendJson('PATCH', `/api/businesses/${businessInA}`, {
        properties: { address: 'Địa chỉ theo trưởng thôn' },
      }),
    );
    const edit = await police.sendJson('PATCH', `/api/businesses/${businessInA}`, {
      properties: { address: 'Địa chỉ theo công an' },
    });
    expect(edit.status).toBe(200);
    const approve = await police.request(`/api/proposals/${proposal.id}/approve`, {
      method: 'POST',
    });
    const error = await expectErrorShape(approve, 409);
    expect(error.code).toBe('changed-since-proposal');
    const [row] = await sql`select address from businesses where id = ${businessInA}`;
    expect(row?.address).toBe('Địa chỉ theo công an');
    const [still] = await sql`select status from proposals where id = ${proposal.id}`;
    expect(still?.status).toBe('pending');
  });

  it('proposes closing the registry entry (delete), applied on approval', async () => {
    const [extra] = await sql<[{ id: number }]>`
      select id::int from businesses where village_id = ${village.id} and deleted_at is null
      and id <> ${businessInA} order by id limit 1`;
    const proposal = await file(
      await head.request(`/api/businesses/${extra.id}`, { method: 'DELETE' }),
    );
    expect(proposal).toMatchObject({ action: 'delete', after: null });
    expect(
      (await police.request(`/api/proposals/${proposal.id}/approve`, { method: 'POST' })).status,
    ).toBe(200);
    const [row] = await sql`select deleted_at from businesses where id = ${extra.id}`;
    expect(row?.deleted_at).not.toBeNull();
  });

  it('answers 404 for an unknown proposal and 400 for a bad id', async () => {
    await expectErrorShape(
      await police.request('/api/proposals/999999/approve', { method: 'POST' }),
      404,
    );
    await expectErrorShape(await police.request('/api/proposals/abc'), 400);
  });
});
