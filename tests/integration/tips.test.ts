// Tips: intake, the workflow (every allowed and refused step), deadlines with one extension on
// a controllable clock, duplicates counted once, and the reporter kept to the police.
import { tipStatuses } from '@ntm/db/schema/values';
import { nextStatuses } from '@ntm/domain/tips/workflow';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps, testApp } from '../helpers/test-app';

let clock = new Date('2026-11-29T03:00:00Z');
const now = () => clock;
const { police, culture, leadership } = staffApps({ now });
const { sql } = police;
let head: ReturnType<typeof testApp>;
let village = { lngLat: [0, 0] as [number, number], businessId: 0 };

type Tip = {
  id: number;
  properties: {
    status: string;
    deadline: string | null;
    due: string | null;
    next: string[];
    duplicateOf: number | null;
    extendedUntil: string | null;
  };
  duplicates?: { id: number; sameBusiness: boolean }[];
};

const canary = { name: 'Nguyễn Canary Tố Giác', phone: '0987 654 321' };

const newTip = (extra: Record<string, unknown> = {}) => ({
  channel: 'hotline',
  category: 'nghi-mua-ban-dam',
  description: 'Phản ánh có người lạ ra vào nhà nghỉ nhiều lần trong đêm.',
  location: { type: 'Point', coordinates: village.lngLat },
  ...extra,
});

async function create(app = police, extra: Record<string, unknown> = {}) {
  const response = await app.sendJson('POST', '/api/tips', newTip(extra));
  expect(response.status).toBe(201);
  return (await response.json()) as Tip;
}

const move = (id: number, to: string, extra: Record<string, unknown> = {}) =>
  police.sendJson('POST', `/api/tips/${id}/transitions`, {
    to,
    note: `Chuyển sang ${to}`,
    ...(to === 'transferred'
      ? { transferredTo: 'Công an thành phố', documentNumber: '12/CV-CA' }
      : {}),
    ...extra,
  });

/** The path from received to a status, along the allowed steps. */
const pathTo: Record<string, string[]> = {
  received: [],
  verified: ['verified'],
  classified: ['verified', 'classified'],
  handled: ['verified', 'classified', 'handled'],
  transferred: ['verified', 'classified', 'transferred'],
  unfounded: ['verified', 'unfounded'],
};

beforeAll(async () => {
  const [row] = await sql<[{ slug: string; lng: number; lat: number; business: number }]>`
    select v.slug, ST_X(ST_PointOnSurface(v.geom)) as lng, ST_Y(ST_PointOnSurface(v.geom)) as lat,
           (select b.id::int from businesses b where b.village_id = v.id and b.deleted_at is null
            order by b.id limit 1) as business
    from villages v where exists (select from businesses b where b.village_id = v.id)
    order by v.id limit 1`;
  village = { lngLat: [row.lng, row.lat], businessId: row.business };
  head = testApp({ as: `thon-${row.slug}`, now });
});

describe('the tip workflow', () => {
  it('takes every allowed step and refuses every other one with 409', async () => {
    for (const from of tipStatuses) {
      for (const to of tipStatuses) {
        const tip = await create();
        for (const step of pathTo[from] as string[])
          expect((await move(tip.id, step)).status).toBe(200);
        const [before] =
          await sql`select status, (select count(*)::int from tip_events where tip_id = ${tip.id}) as events from tips where id = ${tip.id}`;
        const response = await move(tip.id, to);
        if ((nextStatuses[from] as readonly string[]).includes(to)) {
          expect(response.status, `${from}→${to}`).toBe(200);
          const after = (await response.json()) as Tip;
          expect(after.properties.status).toBe(to);
        } else {
          const error = await expectErrorShape(response, 409);
          expect(error.code, `${from}→${to}`).toBe('illegal-transition');
          const [still] =
            await sql`select status, (select count(*)::int from tip_events where tip_id = ${tip.id}) as events from tips where id = ${tip.id}`;
          expect(still).toEqual(before);
        }
      }
    }
  });

  it('dates, signs and notes each step; refuses a future date, an earlier date, a missing note or document', async () => {
    const tip = await create();
    await expectErrorShape(
      await move(tip.id, 'verified', { at: '2027-01-01T00:00:00+07:00' }),
      422,
    );
    await expectErrorShape(
      await move(tip.id, 'verified', { at: '2020-01-01T00:00:00+07:00' }),
      422,
    );
    await expectErrorShape(await move(tip.id, 'verified', { note: '' }), 400);
    expect((await move(tip.id, 'verified')).status).toBe(200);
    expect((await move(tip.id, 'classified')).status).toBe(200);
    await expectErrorShape(await move(tip.id, 'transferred', { documentNumber: null }), 400);
    const detail = (await (await police.request(`/api/tips/${tip.id}`)).json()) as {
      events: { toStatus: string; note: string; user: { displayName: string } }[];
    };
    expect(detail.events.map((e) => e.toStatus)).toEqual(['received', 'verified', 'classified']);
    for (const event of detail.events) expect(event.user.displayName).toBeTruthy();
  });
});

describe('deadlines', () => {
  it('runs 20 days across a month end, flags overdue, and extends once up to two months', async () => {
    clock = new Date('2026-01-25T03:00:00Z');
    const tip = await create();
    expect((await move(tip.id, 'verified')).status).toBe(200);
    expect((await move(tip.id, 'classified')).status).toBe(200);
    const read = async () => (await (await police.request(`/api/tips/${tip.id}`)).json()) as Tip;
    expect((await read()).properties.deadline).toBe('2026-02-14T16:59:59.999Z');

    clock = new Date('2026-02-12T03:00:00Z');
    expect((await read()).properties.due).toBe('due-soon');
    clock = new Date('2026-02-15T03:00:00Z');
    expect((await read()).properties.due).toBe('overdue');
    const overdue = (await (await police.request('/api/tips?due=overdue')).json()) as {
      features: Tip[];
    };
    expect(overdue.features.map((f) => f.id)).toContain(tip.id);

    const extend = (body: unknown) =>
      police.sendJson('POST', `/api/tips/${tip.id}/extension`, body);
    await expectErrorShape(await extend({ reason: 'Vụ việc phức tạp', until: '2026-04-01' }), 422);
    const extended = await extend({ reason: 'Phải xác minh tại nhiều địa điểm' });
    expect(extended.status).toBe(200);
    const after = (await extended.json()) as Tip;
    expect(after.properties.deadline).toBe('2026-03-25T16:59:59.999Z');
    expect(after.properties.due).toBe('on-time');
    expect((await expectErrorShape(await extend({ reason: 'Lần nữa' }), 409)).code).toBe(
      'already-extended',
    );
    clock = new Date('2026-11-29T03:00:00Z');
  });
});

describe('duplicates', () => {
  it('suggests earlier reports of the same business, and a linked one counts once', async () => {
    clock = new Date('2026-11-29T03:00:00Z');
    const first = await create(police, { businessId: village.businessId, location: undefined });
    const summary = async () =>
      (await (await leadership.request('/api/tips/summary?year=2026')).json()) as {
        received: number;
        resolved: number;
        share: number;
      };
    const before = await summary();
    const second = await create(police, { businessId: village.businessId, location: undefined });
    expect(second.duplicates?.find((d) => d.id === first.id)?.sameBusiness).toBe(true);
    expect((await summary()).received).toBe(before.received + 1);

    const link = await police.sendJson('PUT', `/api/tips/${second.id}/duplicate-of`, {
      of: first.id,
    });
    expect(((await link.json()) as Tip).properties.duplicateOf).toBe(first.id);
    expect((await summary()).received).toBe(before.received);
    await expectErrorShape(
      await police.sendJson('PUT', `/api/tips/${first.id}/duplicate-of`, { of: first.id }),
      422,
    );
    await expectErrorShape(
      await police.sendJson('PUT', `/api/tips/${first.id}/duplicate-of`, { of: 99999999 }),
      422,
    );
    expect(
      (await police.request(`/api/tips/${second.id}/duplicate-of`, { method: 'DELETE' })).status,
    ).toBe(200);
    expect((await summary()).received).toBe(before.received + 1);
  });

  it('computes indicator đ from the states: resolved ÷ received', async () => {
    const summary = (await (await leadership.request('/api/tips/summary?year=2026')).json()) as {
      received: number;
      resolved: number;
      share: number;
    };
    const [row] = await sql<[{ received: number; resolved: number }]>`
      select count(*)::int as received,
             count(*) filter (where status in ('handled', 'transferred', 'unfounded'))::int as resolved
      from tips where duplicate_of is null
        and received_at >= '2026-01-01T00:00:00+07:00' and received_at < '2027-01-01T00:00:00+07:00'`;
    expect(summary).toMatchObject({ received: row.received, resolved: row.resolved });
    expect(summary.share).toBeCloseTo(row.resolved / row.received, 10);
  });
});

describe('intake by culture and village heads, reporters kept to the police', () => {
  it('lets a village head take a tip in and follow only their own, never the reporter', async () => {
    const tip = await create(head, { reporter: canary });
    const mine = (await (await head.request('/api/tips')).json()) as { features: Tip[] };
    const ids = mine.features.map((f) => f.id);
    expect(ids).toContain(tip.id);
    // Only tips this village head took in (other test files may have added some of theirs).
    const [others] = await sql`
      select count(*)::int as n from tips t
      where t.id = any(${ids}) and t.created_by is distinct from
            (select created_by from tips where id = ${tip.id})`;
    expect(others?.n).toBe(0);
    await expectErrorShape(await head.request(`/api/tips/${tip.id}/reporter`), 403);
    await expectErrorShape(
      await head.sendJson('POST', `/api/tips/${tip.id}/transitions`, {
        to: 'verified',
        note: 'xong',
      }),
      403,
    );
    const [stored] = await sql`select name, phone from tip_reporters where tip_id = ${tip.id}`;
    expect(stored).toEqual(canary);

    const reporter = await police.request(`/api/tips/${tip.id}/reporter`);
    expect(((await reporter.json()) as { reporter: typeof canary }).reporter).toMatchObject(canary);
    const [audit] = await sql`
      select action, diff from audit_log where entity = 'tip-reporter' and entity_id = ${String(tip.id)}`;
    expect(audit).toEqual({ action: 'read-sensitive', diff: null });
  });

  it('never shows the canary reporter to any role but police, nor in the audit log', async () => {
    const tip = await create(culture, { reporter: canary });
    const seen: string[] = [];
    for (const app of [police, culture, leadership, head]) {
      for (const path of [
        '/api/tips',
        `/api/tips/${tip.id}`,
        '/api/tips/summary',
        '/api/businesses',
      ]) {
        seen.push(await (await app.request(path)).text());
      }
    }
    seen.push(JSON.stringify(await sql`select * from audit_log`));
    const everything = seen.join('\n');
    expect(everything).not.toContain(canary.name);
    expect(everything).not.toContain(canary.phone);
  });

  it('refuses bad input with 4xx and stores nothing', async () => {
    const [before] = await sql`select count(*)::int as n from tips`;
    const bad: Array<[unknown, number]> = [
      [newTip({ businessId: 99999999, location: undefined }), 422],
      [newTip({ location: { type: 'Point', coordinates: [105.0, 21.0] } }), 422],
      [newTip({ category: 'khong-co' }), 400],
      [newTip({ receivedAt: '2030-01-01T00:00:00+07:00' }), 422],
      [newTip({ location: undefined }), 400],
      ['{"channel": "hotline",', 400],
    ];
    for (const [body, status] of bad) {
      await expectErrorShape(await police.sendJson('POST', '/api/tips', body), status);
    }
    await expectErrorShape(await police.request('/api/tips/99999999'), 404);
    await expectErrorShape(await leadership.request('/api/tips'), 403);
    const [after] = await sql`select count(*)::int as n from tips`;
    expect(after).toEqual(before);
  });
});
