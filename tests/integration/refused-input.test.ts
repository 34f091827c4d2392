// Input PostgreSQL refuses (NUL, lone surrogates, the year 0000, offsets past ±15:59) is a 400 in
// the error shape naming the field, on every kind of input; a refused request writes nothing; a
// client's request id reaches the audit trail only when well-formed.
import { beforeAll, describe, expect, it } from 'vitest';
import { expectErrorShape, testApp } from '../helpers/test-app';

const clock = new Date('2026-11-29T03:00:00Z');
const police = testApp({ as: 'congan', now: () => clock });
const anonymous = testApp({ as: null, now: () => clock });
const admin = testApp({ as: 'admin', now: () => clock });
const { sql } = police;
let businessId = 0;

const team = [{ name: 'Trần Văn Kiểm', agency: 'Công an xã' }];

beforeAll(async () => {
  const [row] = await sql<[{ id: number }]>`
    select id::int from businesses where deleted_at is null order by id limit 1`;
  businessId = row.id;
  await police.request('/api/auth/me');
});

async function counts() {
  const [row] = await sql`
    select (select count(*)::int from audit_log) as audits,
           (select count(*)::int from tip_events) as "tipEvents",
           (select count(*)::int from tips) as tips,
           (select md5(string_agg(i::text, ',' order by id)) from inspections i) as inspections`;
  return row;
}

/** A 400 in the error shape whose details name `field`, with no SQL or stack in the answer. */
async function refusedNaming(response: Response, field: string) {
  const text = await response.clone().text();
  const error = (await expectErrorShape(response, 400)) as {
    code: string;
    details?: { path: string }[];
  };
  expect(text).not.toMatch(/select |insert |update |invalid byte sequence|SQLSTATE|postgres/i);
  expect(error.details?.map((d) => d.path)).toContain(field);
  return error;
}

describe('text PostgreSQL cannot store is refused before it reaches the database', () => {
  it('refuses a NUL in the login name without a session', async () => {
    const response = await anonymous.sendJson('POST', '/api/auth/login', {
      username: 'congan\u0000',
      password: 'demo-2026',
    });
    await refusedNaming(response, 'username');
  });

  it('refuses a NUL in a public tip and files nothing', async () => {
    const before = await counts();
    const response = await anonymous.sendJson('POST', '/api/public/tips', {
      category: 'nghi-mua-ban-dam',
      description: 'Có hoạt động lạ\u0000 ở quán',
    });
    await refusedNaming(response, 'description');
    expect(await counts()).toEqual(before);
  });

  it('refuses a lone surrogate in a JSON body', async () => {
    const response = await police.sendJson(
      'POST',
      '/api/inspections/schedule',
      `{"businessId":${businessId},"kind":"surprise","plannedAt":"2026-12-02T20:00:00+07:00","team":[{"name":"Tr\\ud800n","agency":"Công an xã"}]}`,
    );
    await refusedNaming(response, 'team.0.name');
  });

  it('refuses a NUL in a query string and in a path parameter', async () => {
    await refusedNaming(await admin.request('/api/audit?entity=tip%00'), 'entity');
    await refusedNaming(await anonymous.request('/api/public/tips/AB%00CD'), 'path');
    await refusedNaming(await anonymous.request('/api/public/tips/%ED%A0%80'), 'path');
  });

  it('refuses a NUL in a form field', async () => {
    const form = new FormData();
    form.set('category', 'other');
    form.set('description', 'Quán\u0000 mở khuya');
    const before = await counts();
    const response = await anonymous.request('/api/public/tips', {
      method: 'POST',
      headers: { origin: 'http://localhost' },
      body: form,
    });
    await refusedNaming(response, 'description');
    expect(await counts()).toEqual(before);
  });
});

describe('dates and instants PostgreSQL refuses are a 400', () => {
  it.each([
    ['asOf', '0000-01-01'],
    ['from', '0000-01-01'],
    ['from', '2026-01-01T00:00:00+16:00'],
    ['to', '0000-12-31T00:00:00Z'],
  ])('refuses %s=%s in a query', async (field, value) => {
    const path = field === 'asOf' ? '/api/businesses' : '/api/inspections';
    const response = await police.request(`${path}?${field}=${encodeURIComponent(value)}`);
    await refusedNaming(response, field);
  });

  it.each([
    ['plannedAt', '0000-12-02T20:00:00+07:00'],
    ['plannedAt', '2026-12-02T20:00:00+16:00'],
    ['plannedAt', '2026-12-02T20:00:00-16:30'],
  ])('refuses %s=%s in a body', async (field, value) => {
    const before = await counts();
    const response = await police.sendJson('POST', '/api/inspections/schedule', {
      businessId,
      kind: 'surprise',
      team,
      [field]: value,
    });
    await refusedNaming(response, field);
    expect(await counts()).toEqual(before);
  });
});

describe('a refused request changes nothing', () => {
  it('cancelling with a NUL in the reason adds no audit row and no tip event', async () => {
    const scheduled = await police.sendJson('POST', '/api/inspections/schedule', {
      businessId,
      kind: 'surprise',
      team,
      plannedAt: '2026-12-02T20:00:00+07:00',
    });
    expect(scheduled.status).toBe(201);
    const { id } = (await scheduled.json()) as { id: number };
    const before = await counts();
    const response = await police.sendJson('POST', `/api/inspections/${id}/cancel`, {
      reason: 'Đóng cửa\u0000',
    });
    expect(await counts()).toEqual(before);
    await refusedNaming(response, 'reason');
  });
});

describe('a request id from the client', () => {
  const loginWith = (requestId: string) =>
    anonymous.app.request('/api/auth/login', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost',
        'x-request-id': requestId,
      },
      body: JSON.stringify({ username: 'vanhoa', password: 'demo-2026' }),
    });
  const lastRequestId = async () => {
    const [row] = await sql<[{ requestId: string }]>`
      select request_id as "requestId" from audit_log order by id desc limit 1`;
    return row.requestId;
  };

  it('is kept in the audit trail when well-formed', async () => {
    const id = '0f8c2a4e-1b7d-4c3e-9a55-6d2f0e1c9b77';
    const response = await loginWith(id);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(id);
    expect(await lastRequestId()).toBe(id);
  });

  it.each([
    ['too long', 'a'.repeat(300)],
    ['with other characters', 'abc=def=ghi'],
    ['too short', 'abc'],
  ])('is replaced by a fresh one when %s', async (_, given) => {
    const response = await loginWith(given);
    expect(response.status).toBe(200);
    const stored = await lastRequestId();
    expect(stored).not.toBe(given);
    expect(stored).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-request-id')).toBe(stored);
  });
});
