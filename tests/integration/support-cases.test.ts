import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, login, testApp } from '../helpers/test-app';

// Support cases through the API: only the health station reads or writes a row, every read
// and write is audited by field name only, and nothing identifying can be stored.

const health = testApp({ as: 'tramyte' });
const { sql } = health;
const others = {
  police: testApp({ as: 'congan' }),
  culture: testApp({ as: 'vanhoa' }),
  leadership: testApp({ as: 'lanhdao' }),
  admin: testApp({ as: 'admin' }),
};

type Referral = { id: number; service: string; outcome: string; outcomeOn: string | null };
type Case = {
  id: number;
  code: string;
  villageId: number | null;
  villageName: string | null;
  openedOn: string;
  needs: string[];
  status: string;
  connected: string[];
  note: string | null;
  referrals: Referral[];
};

let villageId = 0;
let villageHead = '';
let seededCaseId = 0;
/** Cases this file opened: removed after, so the seeded numbers stay as other files expect. */
const opened: number[] = [];
afterAll(async () => {
  await sql`delete from support.referrals where case_id = any(${opened})`;
  await sql`delete from support.cases where id = any(${opened})`;
});

beforeAll(async () => {
  const [v] = await sql<[{ id: number; slug: string }]>`
    select id, slug from villages order by id limit 1`;
  villageId = v.id;
  villageHead = `thon-${v.slug}`;
  const [c] = await sql<[{ id: number }]>`select id::int from support.cases order by id limit 1`;
  seededCaseId = c.id;
});

const newCase = () => ({
  villageId,
  openedOn: '2026-03-02',
  needs: ['health', 'vocational'],
  eligible: true,
  consentOn: '2026-03-02',
  counselledOn: '2026-03-05',
  note: 'Cần học nghề may; hẹn tái khám.',
});

const countRows = async () => {
  const [row] = await sql<[{ cases: number; referrals: number }]>`
    select (select count(*)::int from support.cases) as cases,
           (select count(*)::int from support.referrals) as referrals`;
  return row;
};

describe('support cases for the health station', () => {
  it('creates a case with a server-drawn code, refers it and records the outcome', async () => {
    const created = await health.sendJson('POST', '/api/support/cases', newCase());
    expect(created.status).toBe(201);
    const c = (await created.json()) as Case;
    opened.push(c.id);
    expect(c.code).toMatch(/^HT-[34679ACDEFGHJKMNPQRTWXY]{7}$/);
    expect(c.status).toBe('counselled');
    expect(c.villageId).toBe(villageId);
    expect(c.referrals).toEqual([]);

    const referred = await health.sendJson('POST', `/api/support/cases/${c.id}/referrals`, {
      service: 'vocational',
      referredOn: '2026-03-06',
    });
    expect(referred.status).toBe(201);
    const withReferral = (await referred.json()) as Case;
    const referral = withReferral.referrals[0] as Referral;
    expect(referral).toMatchObject({ service: 'vocational', outcome: 'pending', outcomeOn: null });

    const outcome = await health.sendJson('PATCH', `/api/support/referrals/${referral.id}`, {
      outcome: 'connected',
      outcomeOn: '2026-03-20',
    });
    expect(outcome.status).toBe(200);
    const connected = (await outcome.json()) as Case;
    expect(connected.status).toBe('connected');
    expect(connected.connected).toEqual(['vocational']);
    // Once recorded, an outcome stays.
    const again = await health.sendJson('PATCH', `/api/support/referrals/${referral.id}`, {
      outcome: 'declined',
      outcomeOn: '2026-03-21',
    });
    expect((await expectErrorShape(again, 409)).code).toBe('outcome-recorded');

    const closed = await health.sendJson('PATCH', `/api/support/cases/${c.id}`, {
      closedOn: '2026-04-01',
      note: 'Đã có việc làm ổn định.',
    });
    expect(((await closed.json()) as Case).status).toBe('closed');

    const one = (await (await health.request(`/api/support/cases/${c.id}`)).json()) as Case;
    expect(one.note).toBe('Đã có việc làm ổn định.');
    const list = (await (
      await health.request(`/api/support/cases?status=closed&village=${villageId}`)
    ).json()) as { cases: Case[] };
    expect(list.cases.map((x) => x.id)).toContain(c.id);
    expect(list.cases.every((x) => x.status === 'closed' && x.villageId === villageId)).toBe(true);

    // Every read and write audited, by field name only.
    const audit = await sql<{ action: string; entity_id: string | null; diff: unknown }[]>`
      select action, entity_id, diff from audit_log where entity = 'support-case'
      and (entity_id = ${String(c.id)} or entity_id is null) order by id`;
    const mine = audit.filter((a) => a.entity_id === String(c.id));
    expect(mine.map((a) => a.action)).toEqual([
      'create',
      'create',
      'update',
      'update',
      'read-sensitive',
    ]);
    expect(audit.some((a) => a.action === 'read-sensitive' && a.entity_id === null)).toBe(true);
    const text = JSON.stringify(audit);
    expect(text).not.toContain(c.code);
    expect(text).not.toContain('học nghề');
    expect(text).not.toContain('việc làm ổn định');
    expect(mine[0]?.diff).toEqual({
      fields: 'consentOn, counselledOn, eligible, needs, note, openedOn, villageId',
    });
  });

  it('keeps the audit hash chain whole through writes made as ntm_support', async () => {
    const rows = await sql<{ prev_hash: string | null; hash: string }[]>`
      select prev_hash, hash from audit_log order by id`;
    for (let i = 1; i < rows.length; i += 1) {
      expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    }
  });

  it('refuses a name, phone or ID sent along, and stores nothing', async () => {
    const before = await countRows();
    for (const extra of [{ name: 'Nguyễn Thị A' }, { phone: '0912345678' }, { address: 'x' }]) {
      const refused = await health.sendJson('POST', '/api/support/cases', {
        ...newCase(),
        ...extra,
      });
      await expectErrorShape(refused, 400);
    }
    for (const note of ['Gọi 0912 345 678', 'CCCD 030195001234', 'zalo +84912345678']) {
      const refused = await health.sendJson('POST', '/api/support/cases', { ...newCase(), note });
      const error = await expectErrorShape(refused, 422);
      expect(error.code).toBe('identifying-note');
      expect(error.message).toMatch(/không ghi/);
      expect(JSON.stringify(error)).not.toContain('345');
    }
    const patched = await health.sendJson('PATCH', `/api/support/cases/${seededCaseId}`, {
      note: 'SĐT 0987654321',
    });
    await expectErrorShape(patched, 422);
    const referred = await health.sendJson('POST', `/api/support/cases/${seededCaseId}/referrals`, {
      service: 'health',
      referredOn: '2026-11-20',
      note: 'gọi 0987654321',
    });
    await expectErrorShape(referred, 422);
    expect(await countRows()).toEqual(before);
  });

  it('refuses dates in the future or before opening, unknown villages and ids', async () => {
    const before = await countRows();
    const cases: [object, number, string?][] = [
      [{ openedOn: '2035-01-01', consentOn: null, counselledOn: null }, 422, 'in-the-future'],
      [{ consentOn: '2026-03-01' }, 422, 'before-opened'],
      [{ counselledOn: '2026-02-01' }, 422, 'before-opened'],
      [{ villageId: 999999 }, 422, 'unknown-village'],
      [{ needs: [] }, 400],
      [{ needs: ['health', 'health'] }, 400],
      [{ needs: ['massage'] }, 400],
      [{ openedOn: '2026-02-30' }, 400],
      [{ eligible: 'yes' }, 400],
    ];
    for (const [change, status, code] of cases) {
      const response = await health.sendJson('POST', '/api/support/cases', {
        ...newCase(),
        ...change,
      });
      const error = await expectErrorShape(response, status);
      if (code) expect(error.code, JSON.stringify(change)).toBe(code);
    }
    await expectErrorShape(await health.request('/api/support/cases/99999999'), 404);
    const refused: Array<[method: string, path: string, body: object, status: number]> = [
      ['PATCH', '/api/support/cases/99999999', { eligible: false }, 404],
      [
        'POST',
        '/api/support/cases/99999999/referrals',
        { service: 'health', referredOn: '2026-03-01' },
        404,
      ],
      [
        'PATCH',
        '/api/support/referrals/99999999',
        { outcome: 'connected', outcomeOn: '2026-03-01' },
        404,
      ],
      ['PATCH', `/api/support/cases/${seededCaseId}`, {}, 400],
      ['PATCH', `/api/support/cases/${seededCaseId}`, { closedOn: '2020-01-01' }, 422],
      ['PATCH', '/api/support/referrals/1', { outcome: 'pending', outcomeOn: '2026-03-01' }, 400],
    ];
    for (const [method, path, body, status] of refused) {
      await expectErrorShape(await health.sendJson(method, path, body), status);
    }
    const referral = await health.sendJson('POST', `/api/support/cases/${seededCaseId}/referrals`, {
      service: 'health',
      referredOn: '2020-01-01',
    });
    expect((await expectErrorShape(referral, 422)).code).toBe('too-early');
    expect(await countRows()).toEqual(before);
  });
});

describe('the wall in the API', () => {
  const caseRoutes = (id: number): [string, string, object?][] => [
    ['GET', '/api/support/cases'],
    ['GET', `/api/support/cases/${id}`],
    ['POST', '/api/support/cases', newCase()],
    ['PATCH', `/api/support/cases/${id}`, { eligible: false }],
    ['POST', `/api/support/cases/${id}/referrals`, { service: 'health', referredOn: '2026-03-01' }],
    ['PATCH', '/api/support/referrals/1', { outcome: 'connected', outcomeOn: '2026-03-01' }],
  ];

  it('answers 403 to every other role on every case route, and changes nothing', async () => {
    const before = await countRows();
    const [auditBefore] = await sql<[{ n: number }]>`
      select count(*)::int as n from audit_log where entity = 'support-case'`;
    // A village head signs in on the health app's handler, with their own cookie.
    const villageCookie = await login(health.app, villageHead);
    const village = {
      request: (path: string, init: RequestInit = {}) =>
        health.request(path, { ...init, headers: { cookie: villageCookie } }),
      sendJson: (method: string, path: string, body: unknown) =>
        health.request(path, {
          method,
          headers: { cookie: villageCookie, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }),
    };
    for (const [role, client] of Object.entries({ ...others, village })) {
      for (const [method, path, body] of caseRoutes(seededCaseId)) {
        const response =
          body === undefined
            ? await client.request(path, { method })
            : await client.sendJson(method, path, body);
        expect(response.status, `${role} ${method} ${path}`).toBe(403);
        const text = await response.text();
        expect(text).not.toMatch(/HT-/);
      }
    }
    expect(await countRows()).toEqual(before);
    const [auditAfter] = await sql<[{ n: number }]>`
      select count(*)::int as n from audit_log where entity = 'support-case'`;
    expect(auditAfter.n).toBe(auditBefore.n);
  });

  it('gives health the exact summary and the others a suppressed one', async () => {
    const exact = (await (await health.request('/api/support/summary?year=2026')).json()) as {
      suppressed: boolean;
      byVillage: { cells: { count: unknown }[]; total: unknown };
      indicator: { share: number | null };
    };
    expect(exact.suppressed).toBe(false);
    expect(exact.byVillage.cells.every((c) => typeof c.count === 'number')).toBe(true);
    expect(exact.indicator.share).toBeGreaterThan(0.6);
    for (const role of ['police', 'culture', 'leadership'] as const) {
      const answer = await others[role].request('/api/support/summary?year=2026');
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as typeof exact;
      expect(body.suppressed).toBe(true);
      expect(body.byVillage.cells.some((c) => c.count === '<5')).toBe(true);
      expect(JSON.stringify(body)).not.toMatch(/HT-|note/);
      const map = await others[role].request('/api/support/villages?year=2026');
      expect(map.headers.get('content-type')).toMatch(/geo\+json/);
      const fc = (await map.json()) as {
        features: { properties: { cases: unknown } }[];
        suppressed: boolean;
      };
      expect(fc.suppressed).toBe(true);
      expect(fc.features.length).toBeGreaterThan(10);
      for (const { properties } of fc.features) {
        const n = properties.cases;
        expect(n === '<5' || n === 'hidden' || n === 0 || (typeof n === 'number' && n >= 5)).toBe(
          true,
        );
      }
    }
    await expectErrorShape(await others.admin.request('/api/support/summary'), 403);
    await expectErrorShape(await health.request('/api/support/summary?year=1999'), 400);
  });
});

describe('odd input to the support routes', () => {
  const paths = [
    '/api/support/cases?status=x',
    '/api/support/cases?status=open,,closed',
    '/api/support/cases?village=1.5',
    '/api/support/cases?village=9007199254740991',
    '/api/support/cases/0',
    '/api/support/cases/9007199254740993',
    '/api/support/cases/%27%3B%20drop%20table%20support.cases',
    '/api/support/summary?year=abc',
    '/api/support/summary?year=2026&year=2025',
    '/api/support/villages?year=1e9',
  ];
  const bodies: Array<[string, string | undefined]> = [
    ['application/json', 'null'],
    ['application/json', '[]'],
    ['application/json', '"x"'],
    ['application/json', '{"__proto__":{"polluted":true}}'],
    [
      'application/json',
      '{"villageId":9007199254740991,"openedOn":"2026-01-01","needs":["health"],"eligible":true}',
    ],
    ['application/json', `{"note":"${'x'.repeat(5000)}"}`],
    ['text/plain', 'hello'],
    ['application/json', undefined],
  ];

  it.each(paths)('GET %s is never a 5xx', async (path) => {
    expect((await health.request(path)).status).toBeLessThan(500);
  });

  for (const [method, path] of [
    ['POST', '/api/support/cases'],
    ['PATCH', '/api/support/cases/1'],
    ['POST', '/api/support/cases/1/referrals'],
    ['PATCH', '/api/support/referrals/1'],
  ] as const) {
    it.each(bodies)(`${method} ${path} with %s %s is never a 5xx`, async (type, body) => {
      const response = await health.request(path, {
        method,
        headers: { 'Content-Type': type },
        body,
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });
  }
});
