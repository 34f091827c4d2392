// Inspections: scheduled, recorded at the door (from a phone that may have been offline, so
// with an idempotency key), cancelled; bad input refused without a trace; the roles; and one
// business's timeline of tips and inspections.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps, testApp } from '../helpers/test-app';

const clock = new Date('2026-11-29T03:00:00Z');
const now = () => clock;
const { police, culture, leadership } = staffApps({ now });
const { sql } = police;
let head: ReturnType<typeof testApp>;
let business = { id: 0, lngLat: [0, 0] as [number, number] };
let otherBusiness = 0;
let tipIds: number[] = [];

type Inspection = {
  id: number;
  geometry: { coordinates: [number, number] };
  properties: {
    businessId: number;
    status: string;
    kind: string;
    result: string | null;
    arrivedAt: string | null;
    violations: string[];
    measures: string[];
    fineVnd: number | null;
    fineDecisionNumber: string | null;
    peoplePresent: string[];
    tipIds: number[];
    idempotencyKey: string | null;
    recordedBy: { displayName: string } | null;
  };
};

const team = [
  { name: 'Trần Văn Kiểm', agency: 'Công an xã' },
  { name: 'Lê Thị Hoa', agency: 'Phòng VH-XH' },
];
let keyCounter = 0;
const newKey = () => `test-key-${Date.now()}-${++keyCounter}`;

const record = (extra: Record<string, unknown> = {}) => ({
  businessId: business.id,
  kind: 'surprise',
  team,
  arrivedAt: '2026-11-29T09:30:00+07:00',
  peoplePresent: ['Chủ cơ sở', 'Lễ tân'],
  result: 'violation',
  violations: ['no-guest-register'],
  measures: ['fine', 'commitment'],
  fineVnd: 5_000_000,
  fineDecisionNumber: '15/QĐ-XPHC',
  followUpOn: '2026-12-10',
  ...extra,
});

const schedule = (extra: Record<string, unknown> = {}) => ({
  businessId: business.id,
  kind: 'scheduled',
  plannedAt: '2026-12-02T20:00:00+07:00',
  team,
  ...extra,
});

/** What a refused request must leave as it was. */
async function snapshot() {
  const [row] = await sql`
    select (select count(*)::int from inspections) as inspections,
           (select count(*)::int from inspection_tips) as links,
           (select count(*)::int from audit_log where entity = 'inspection') as audits,
           (select md5(string_agg(i::text, ',' order by id)) from inspections i) as digest`;
  return row;
}

async function created(response: Response, status = 201) {
  expect(response.status).toBe(status);
  return (await response.json()) as Inspection;
}

beforeAll(async () => {
  const [row] = await sql<[{ id: number; lng: number; lat: number; slug: string; other: number }]>`
    select b.id::int, ST_X(b.geom) as lng, ST_Y(b.geom) as lat, v.slug,
           (select b2.id::int from businesses b2 where b2.id <> b.id and b2.deleted_at is null
            order by b2.id limit 1) as other
    from businesses b join villages v on v.id = b.village_id
    where b.deleted_at is null order by b.id limit 1`;
  business = { id: row.id, lngLat: [row.lng, row.lat] };
  otherBusiness = row.other;
  head = testApp({ as: `thon-${row.slug}`, now });
  tipIds = (
    await sql<{ id: number }[]>`select id::int from tips order by received_at desc limit 2`
  ).map((r) => r.id);
  // Sign everyone in first: a login writes to the audit log too.
  for (const app of [police, culture, leadership, head]) await app.request('/api/auth/me');
});

describe('recording an inspection at the door', () => {
  it('records a surprise inspection with the team, the people present, the violations and the fine', async () => {
    const inspection = await created(
      await police.sendJson('POST', '/api/inspections', record({ idempotencyKey: newKey() })),
    );
    const p = inspection.properties;
    expect(p.status).toBe('recorded');
    expect(p.result).toBe('violation');
    expect(p.businessId).toBe(business.id);
    expect(p.violations).toEqual(['no-guest-register']);
    expect(p.measures).toEqual(['fine', 'commitment']);
    expect(p.fineVnd).toBe(5_000_000);
    expect(p.fineDecisionNumber).toBe('15/QĐ-XPHC');
    expect(p.peoplePresent).toEqual(['Chủ cơ sở', 'Lễ tân']);
    expect(p.recordedBy?.displayName).toBeTruthy();
    expect(inspection.geometry.coordinates).toEqual(business.lngLat.map((n) => +n.toFixed(7)));
    const [audit] = await sql`
      select action, diff from audit_log where entity = 'inspection' and entity_id = ${String(inspection.id)}`;
    expect(audit?.action).toBe('create');
    expect(JSON.stringify(audit?.diff)).not.toContain('Lễ tân');
  });

  it('refuses every bad input with 4xx in the error shape and changes nothing', async () => {
    const before = await snapshot();
    const cases: [string, unknown, number, string?][] = [
      ['unknown business', record({ businessId: 999_999_999 }), 422, 'unknown-business'],
      [
        'arrival in the future',
        record({ arrivedAt: '2026-11-30T09:00:00+07:00' }),
        422,
        'arrival-in-future',
      ],
      ['fine without decision number', record({ fineDecisionNumber: null }), 400],
      ['fine without amount', record({ fineVnd: undefined }), 400],
      ['fine amount without the fine measure', record({ measures: ['reminder'] }), 400],
      [
        'violation result without a violation',
        record({ violations: [], measures: [], fineVnd: null, fineDecisionNumber: null }),
        400,
      ],
      ['a violation not on the list', record({ violations: ['smoking'] }), 400],
      ['a measure not on the list', record({ measures: ['fine', 'scold'] }), 400],
      ['no team', record({ team: [] }), 400],
      ['unknown tip ids', record({ tipIds: [999_999_998] }), 422, 'unknown-tip'],
      ['follow-up before arrival', record({ followUpOn: '2026-11-01' }), 422],
      ['a bad key', record({ idempotencyKey: 'x' }), 400],
      ['malformed JSON', '{"businessId": 1, "team": [', 400],
    ];
    for (const [what, body, status, code] of cases) {
      const error = await expectErrorShape(
        await police.sendJson('POST', '/api/inspections', body),
        status,
      );
      if (code) expect(error.code, what).toBe(code);
      expect(await snapshot(), what).toEqual(before);
    }
    const mismatch = await police.request('/api/inspections', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'header-key-1234' },
      body: JSON.stringify(record({ idempotencyKey: 'body-key-12345' })),
    });
    expect((await expectErrorShape(mismatch, 400)).code).toBe('idempotency-key-mismatch');
    expect(await snapshot()).toEqual(before);
  });

  it('links the tips it answers; police see them, culture may not link tips', async () => {
    const inspection = await created(
      await police.sendJson('POST', '/api/inspections', record({ tipIds })),
    );
    expect(inspection.properties.tipIds).toEqual([...tipIds].sort((a, b) => a - b));
    const detail = (await (await police.request(`/api/inspections/${inspection.id}`)).json()) as {
      tips: { id: number; status: string }[];
    };
    expect(detail.tips.map((t) => t.id).sort()).toEqual([...tipIds].sort());
    const seenByCulture = (await (
      await culture.request(`/api/inspections/${inspection.id}`)
    ).json()) as { tips: unknown; properties: { tipIds: number[] } };
    expect(seenByCulture.tips).toBeNull();
    const before = await snapshot();
    await expectErrorShape(
      await culture.sendJson('POST', '/api/inspections', record({ tipIds })),
      403,
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('idempotency: a retry never makes a second record', () => {
  const count = async (key: string) =>
    (await sql`select count(*)::int as n from inspections where idempotency_key = ${key}`)[0]?.n;

  it('a repeat with the same key (body or header) answers 200 with the same inspection', async () => {
    const key = newKey();
    const first = await created(
      await police.sendJson('POST', '/api/inspections', record({ idempotencyKey: key })),
    );
    const again = await created(
      await police.sendJson('POST', '/api/inspections', record({ idempotencyKey: key })),
      200,
    );
    expect(again.id).toBe(first.id);
    const byHeader = await police.request('/api/inspections', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(record()),
    });
    expect((await created(byHeader, 200)).id).toBe(first.id);
    expect(await count(key)).toBe(1);
    // Even a day later, when the arrival time is long past, the answer is the same.
    expect(
      (
        await created(
          await culture.sendJson('POST', '/api/inspections', record({ idempotencyKey: key })),
          200,
        )
      ).id,
    ).toBe(first.id);
  });

  it('eight concurrent requests with one key make exactly one row and all answer with it', async () => {
    const key = newKey();
    const audits = async () =>
      (await sql`select count(*)::int as n from audit_log where entity = 'inspection'`)[0]?.n;
    const auditsBefore = await audits();
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? culture : police).request('/api/inspections', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(record()),
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const ids = new Set(
      await Promise.all(responses.map(async (r) => ((await r.json()) as Inspection).id)),
    );
    expect(ids.size).toBe(1);
    expect(await count(key)).toBe(1);
    expect(await audits()).toBe((auditsBefore as number) + 1);
  });

  it('a key already used for another business is refused with 409', async () => {
    const key = newKey();
    await created(
      await police.sendJson('POST', '/api/inspections', record({ idempotencyKey: key })),
    );
    const before = await snapshot();
    const error = await expectErrorShape(
      await police.sendJson(
        'POST',
        '/api/inspections',
        record({ idempotencyKey: key, businessId: otherBusiness }),
      ),
      409,
    );
    expect(error.code).toBe('idempotency-key-reused');
    expect(await snapshot()).toEqual(before);
  });
});

describe('scheduling, recording and cancelling', () => {
  it('schedules one (no result yet), records it once, and a retry of that record answers the same', async () => {
    const scheduleKey = newKey();
    const planned = await created(
      await police.sendJson(
        'POST',
        '/api/inspections/schedule',
        schedule({ idempotencyKey: scheduleKey }),
      ),
    );
    expect(planned.properties.status).toBe('scheduled');
    expect(planned.properties.result).toBeNull();
    const repeat = await created(
      await police.sendJson(
        'POST',
        '/api/inspections/schedule',
        schedule({ idempotencyKey: scheduleKey }),
      ),
      200,
    );
    expect(repeat.id).toBe(planned.id);

    const listed = (await (await culture.request('/api/inspections?status=scheduled')).json()) as {
      features: Inspection[];
    };
    expect(listed.features.map((f) => f.id)).toContain(planned.id);

    const key = newKey();
    const outcome = {
      arrivedAt: '2026-11-29T08:00:00+07:00',
      result: 'no-violation',
      measures: ['reminder'],
      peoplePresent: ['Quản lý'],
      idempotencyKey: key,
    };
    const done = await created(
      await culture.sendJson('POST', `/api/inspections/${planned.id}/record`, outcome),
      200,
    );
    expect(done.properties.status).toBe('recorded');
    expect(done.properties.result).toBe('no-violation');
    expect(done.properties.arrivedAt).toBe('2026-11-29T01:00:00+00:00');
    const before = await snapshot();
    const retry = await created(
      await culture.sendJson('POST', `/api/inspections/${planned.id}/record`, outcome),
      200,
    );
    expect(retry.id).toBe(planned.id);
    expect(await snapshot()).toEqual(before);
    // Another record of the same visit (another key) is a conflict, as is cancelling it now.
    const twice = await culture.sendJson('POST', `/api/inspections/${planned.id}/record`, {
      ...outcome,
      idempotencyKey: newKey(),
    });
    expect((await expectErrorShape(twice, 409)).code).toBe('already-recorded');
    await expectErrorShape(
      await police.sendJson('POST', `/api/inspections/${planned.id}/cancel`, {
        reason: 'Đổi lịch',
      }),
      409,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('two phones recording the same scheduled visit with one key at once make one record', async () => {
    const planned = await created(
      await police.sendJson('POST', '/api/inspections/schedule', schedule()),
    );
    const key = newKey();
    const responses = await Promise.all(
      [police, culture, police].map((app) =>
        app.sendJson('POST', `/api/inspections/${planned.id}/record`, {
          arrivedAt: '2026-11-29T08:30:00+07:00',
          result: 'suspected',
          measures: ['monitoring'],
          idempotencyKey: key,
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const [audits] = await sql`
      select count(*)::int as n from audit_log where entity = 'inspection' and entity_id = ${String(planned.id)}`;
    expect(audits?.n).toBe(2); // scheduled, recorded
  });

  it('cancels a scheduled one with a reason; recording it then is a 409 that changes nothing', async () => {
    const planned = await created(
      await police.sendJson('POST', '/api/inspections/schedule', schedule({ kind: 'surprise' })),
    );
    await expectErrorShape(
      await police.sendJson('POST', `/api/inspections/${planned.id}/cancel`, {}),
      400,
    );
    const cancelled = await created(
      await police.sendJson('POST', `/api/inspections/${planned.id}/cancel`, {
        reason: 'Cơ sở đóng cửa nghỉ Tết',
      }),
      200,
    );
    expect(cancelled.properties.status).toBe('cancelled');
    const before = await snapshot();
    const refused = await police.sendJson('POST', `/api/inspections/${planned.id}/record`, {
      arrivedAt: '2026-11-29T08:00:00+07:00',
      result: 'no-violation',
      idempotencyKey: newKey(),
    });
    expect((await expectErrorShape(refused, 409)).code).toBe('inspection-cancelled');
    await expectErrorShape(
      await police.sendJson('POST', `/api/inspections/${planned.id}/cancel`, { reason: 'Lần nữa' }),
      409,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses scheduling at an unknown business and recording an unknown inspection', async () => {
    const before = await snapshot();
    const refused: Array<[path: string, body: unknown, status: number]> = [
      ['/api/inspections/schedule', schedule({ businessId: 999_999_999 }), 422],
      [
        '/api/inspections/999999999/record',
        { arrivedAt: '2026-11-29T08:00:00+07:00', result: 'no-violation' },
        404,
      ],
      ['/api/inspections/schedule', '{not json', 400],
    ];
    for (const [path, body, status] of refused) {
      await expectErrorShape(await police.sendJson('POST', path, body), status);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('the list', () => {
  it('is a FeatureCollection filtered by dates, status, result, business and bbox', async () => {
    const all = (await (await police.request('/api/inspections')).json()) as {
      type: string;
      features: Inspection[];
    };
    expect(all.type).toBe('FeatureCollection');
    expect(all.features.length).toBeGreaterThan(50);
    const get = async (query: string) =>
      (
        (await (await police.request(`/api/inspections?${query}`)).json()) as {
          features: Inspection[];
        }
      ).features;
    const violations = await get('result=violation,closed');
    expect(violations.length).toBeGreaterThan(0);
    for (const f of violations) expect(['violation', 'closed']).toContain(f.properties.result);
    for (const f of await get(`business=${business.id}`))
      expect(f.properties.businessId).toBe(business.id);
    const [lng, lat] = business.lngLat;
    const near = await get(`bbox=${lng - 0.0001},${lat - 0.0001},${lng + 0.0001},${lat + 0.0001}`);
    expect(near.length).toBeGreaterThan(0);
    const november = await get('from=2026-11-01&to=2026-12-01&status=recorded');
    for (const f of november) expect(f.properties.status).toBe('recorded');
    await expectErrorShape(await police.request('/api/inspections?result=bad'), 400);
    await expectErrorShape(await police.request('/api/inspections?bbox=1,2,3'), 400);
  });
});

describe('who may', () => {
  it('leadership and village heads get no rows and write nothing; culture works like police', async () => {
    const before = await snapshot();
    for (const app of [leadership, head]) {
      await expectErrorShape(await app.request('/api/inspections'), 403);
      await expectErrorShape(await app.sendJson('POST', '/api/inspections', record()), 403);
      await expectErrorShape(
        await app.sendJson('POST', '/api/inspections/schedule', schedule()),
        403,
      );
      await expectErrorShape(await app.request(`/api/businesses/${business.id}/timeline`), 403);
    }
    expect(await snapshot()).toEqual(before);
    // Row-level security holds the rows too: as leadership, the table looks empty.
    const rows = await sql.begin(async (tx) => {
      await tx`set local role ntm_app`;
      await tx`select set_config('ntm.role', 'leadership', true)`;
      return tx`select count(*)::int as n from inspections`;
    });
    expect(rows[0]?.n).toBe(0);
    expect((await culture.request('/api/inspections')).status).toBe(200);
  });
});

describe("a business's timeline", () => {
  it('puts tips and inspections newest first for police, only inspections for culture', async () => {
    const [row] = await sql<[{ id: number }]>`
      select business_id::int as id from tips t
      where business_id is not null
        and exists (select from inspections i where i.business_id = t.business_id)
      group by business_id order by count(*) desc limit 1`;
    type Timeline = {
      business: { id: number; name: string };
      entries: { kind: string; at: string; id: number }[];
    };
    const forPolice = (await (
      await police.request(`/api/businesses/${row.id}/timeline`)
    ).json()) as Timeline;
    expect(forPolice.business.id).toBe(row.id);
    const kinds = new Set(forPolice.entries.map((e) => e.kind));
    expect(kinds).toEqual(new Set(['tip', 'inspection']));
    const times = forPolice.entries.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const [counts] = await sql`
      select (select count(*)::int from tips where business_id = ${row.id}) as tips,
             (select count(*)::int from inspections where business_id = ${row.id}) as inspections`;
    expect(forPolice.entries.filter((e) => e.kind === 'tip')).toHaveLength(counts?.tips);
    expect(forPolice.entries.filter((e) => e.kind === 'inspection')).toHaveLength(
      counts?.inspections,
    );

    const forCulture = (await (
      await culture.request(`/api/businesses/${row.id}/timeline`)
    ).json()) as Timeline;
    expect(forCulture.entries.every((e) => e.kind === 'inspection')).toBe(true);
    expect(forCulture.entries).toHaveLength(counts?.inspections);
    await expectErrorShape(await police.request('/api/businesses/999999999/timeline'), 404);
  });
});
