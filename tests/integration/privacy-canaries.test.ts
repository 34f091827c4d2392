import { accessRules, type Role } from '@ntm/api/auth/access-rules';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoPassword } from '../helpers/test-app';
import { startTestServer } from '../helpers/test-server';

// Over a real socket, so the server sees a real client address (127.0.0.1) to leak or not.
let server: Awaited<ReturnType<typeof startTestServer>>;
const printed: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server?.stop();
});

describe('secrets never leave where they belong', () => {
  it('keeps session ids, password hashes and the client address out of answers, logs and audit rows', async () => {
    const answers: string[] = [];
    const call = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${server.url}${path}`, init);
      answers.push(`${[...response.headers].join('\n')}\n${await response.text()}`);
      return response;
    };
    const canaryPassword = 'canary-Pa55-word';
    await call('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'congan', password: canaryPassword }),
    });
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'congan', password: demoPassword }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const sessionId = cookie.split('=')[1] as string;
    const headers = { cookie, origin: server.url, 'content-type': 'application/json' };
    await call('/api/auth/me', { headers });
    await call('/api/businesses?bbox=1,2,3', { headers });
    await call('/api/businesses', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [105.8, 21] },
        properties: {},
      }),
    });
    await call('/api/businesses/1', {
      method: 'PATCH',
      headers,
      body: '{"properties":{"status":"closed"}}',
    });
    // A wrong current password and a refused new one: neither comes back or gets recorded.
    await call('/api/auth/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ currentPassword: canaryPassword, newPassword: `${canaryPassword}-2` }),
    });
    await call('/api/auth/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({
        currentPassword: demoPassword,
        newPassword: canaryPassword.slice(0, 5),
      }),
    });
    await call('/api/auth/logout', { method: 'POST', headers });

    const audit = JSON.stringify(await server.sql`select * from audit_log`);
    const hashes = (await server.sql<{ h: string }[]>`select password_hash as h from users`).map(
      (r) => r.h,
    );
    const everything = [...answers, ...printed, audit].join('\n');
    expect(sessionId.length).toBeGreaterThan(20);
    expect(everything).not.toContain(sessionId);
    expect(everything).not.toContain(canaryPassword);
    expect(everything).not.toContain('$argon2');
    for (const hash of hashes) expect(everything).not.toContain(hash);
    expect(audit).not.toContain('127.0.0.1');
    expect(audit).toMatch(/"client_hash":"[0-9a-f]{64}"/);
  });
});

// A canary support case: its pseudonym and the words of its notes must never leave the health
// role: not in any answer another role can get, not in the audit log, not in the server's log.
const canaryCode = 'HT-CANARY9';
const canaryWords = ['chimcanary-ghichu', 'chimcanary-chuyengui', 'chimcanary-suadoi'];

/** Query strings that make each read answer with data rather than a 400. */
const sensibleQuery: Record<string, string> = {
  '/api/support/summary': '?year=2026',
  '/api/support/villages': '?year=2026',
  '/api/tips/summary': '?year=2026',
  '/api/indicators': '?year=2026',
  '/api/reports/periodic': '?period=2026-Q1&format=json',
  '/api/risk/businesses': '?on=2026-06-01',
  '/api/risk/grid': '?on=2026-06-01',
  '/api/hotspots': '?layer=tips&from=2026-01-01&to=2026-11-01',
  '/api/seasons': '?year=2026',
  '/api/audit': '?limit=500',
};

describe('a canary support case never leaves the health role', () => {
  let caseId = 0;
  const cleanUp = async () => {
    await server.sql`delete from support.referrals r using support.cases c
                     where r.case_id = c.id and c.code = ${canaryCode}`;
    await server.sql`delete from support.cases where code = ${canaryCode}`;
  };
  afterAll(async () => {
    if (server) await cleanUp();
  });

  const signIn = async (username: string) => {
    const response = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: demoPassword }),
    });
    expect(response.status, username).toBe(200);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    return { cookie, origin: server.url, 'content-type': 'application/json' };
  };

  it('is in no answer, audit row or log line outside health', async () => {
    await cleanUp();
    const [village] = await server.sql<[{ id: number; slug: string }]>`
      select id, slug from villages order by id limit 1 offset 2`;
    const [row] = await server.sql<[{ id: number }]>`
      insert into support.cases (commune_code, code, village_id, opened_on, needs, eligible,
                                 consent_on, counselled_on, note)
      values ('11284', ${canaryCode}, ${village.id}, '2026-02-10', '{health,legal-aid}', true,
              '2026-02-10', '2026-02-11', ${`Ghi chú ${canaryWords[0]}`})
      returning id::int`;
    caseId = row.id;
    await server.sql`
      insert into support.referrals (commune_code, case_id, service, referred_on, outcome, outcome_on, note)
      values ('11284', ${caseId}, 'legal-aid', '2026-02-12', 'connected', '2026-02-20',
              ${`Chuyển ${canaryWords[1]}`})`;

    // Health works with it: reads, a change of note, a refused note. All audited, none echoed.
    const health = await signIn('tramyte');
    const seen = await fetch(`${server.url}/api/support/cases/${caseId}`, { headers: health });
    expect(await seen.text()).toContain(canaryCode);
    expect((await fetch(`${server.url}/api/support/cases`, { headers: health })).status).toBe(200);
    const changed = await fetch(`${server.url}/api/support/cases/${caseId}`, {
      method: 'PATCH',
      headers: health,
      body: JSON.stringify({ note: `Sửa ${canaryWords[2]}` }),
    });
    expect(changed.status).toBe(200);
    const refusedNote = await fetch(`${server.url}/api/support/cases/${caseId}`, {
      method: 'PATCH',
      headers: health,
      body: JSON.stringify({ note: `${canaryWords[0]} gọi 0912345678` }),
    });
    expect(refusedNote.status).toBe(422);
    expect(await refusedNote.text()).not.toContain(canaryWords[0]);

    // Every other role reads every GET route it may call.
    const [head] = await server.sql<[{ username: string }]>`
      select username from users where role = 'village' order by id limit 1`;
    const accounts: [Role, string][] = [
      ['leadership', 'lanhdao'],
      ['police', 'congan'],
      ['culture', 'vanhoa'],
      ['village', head.username],
      ['admin', 'admin'],
    ];
    // A real row of each resource where there is one, so the reads answer with data; the
    // support case's id on the others (a 403 or 404 must not name it either).
    const [ids] = await server.sql<[Record<string, number | null>]>`
      select (select min(id)::int from businesses) as businesses,
             (select min(id)::int from tips) as tips,
             (select min(id)::int from inspections) as inspections,
             (select min(id)::int from proposals) as proposals,
             (select min(id)::int from route_plans) as "route-plans",
             (select min(id)::int from attachments) as attachments`;
    const idFor = (path: string) => ids[path.split('/')[2] ?? ''] ?? caseId;
    const answers: string[] = [];
    let crawled = 0;
    for (const [role, username] of accounts) {
      const headers = await signIn(username);
      // Every GET route: those the role may call answer with data, the others must refuse
      // without naming anything either.
      const routes = Object.keys(accessRules)
        .filter((route) => route.startsWith('GET '))
        .map((route) => route.slice(4));
      for (const path of routes) {
        const url =
          path
            .replace(/:\w+\{\[0-9\]\+\\\.(\w+)\}/, `${idFor(path)}.$1`)
            .replace(':code', 'ABCD2345')
            .replace('/tiles/:layer/:z/:x/:file', '/tiles/tips/0/0/0.mvt')
            .replace('/tiles/:layer', '/tiles/tips')
            .replace(/:id/g, String(idFor(path))) + (sensibleQuery[path] ?? '');
        const response = await fetch(`${server.url}${url}`, { headers });
        answers.push(
          `${role} GET ${url} ${response.status}\n${[...response.headers].join('\n')}\n${await response.text()}`,
        );
        crawled += 1;
      }
      if (role === 'admin') {
        const listing = await fetch(`${server.url}/api/audit?entity=support-case&limit=500`, {
          headers,
        });
        const text = await listing.text();
        expect(text).toContain('support-case'); // the reads are there, as entries
        answers.push(text);
      }
    }
    // The report's documents are zipped: read every part of the DOCX and XLSX of the quarter
    // the canary case falls in, as every role that may download them (health too: a report
    // leaves the health role).
    for (const username of ['tramyte', 'lanhdao', 'congan', 'vanhoa']) {
      const headers = await signIn(username);
      for (const format of ['docx', 'xlsx', 'csv']) {
        const url = `/api/reports/periodic?period=2026-Q1&format=${format}`;
        const response = await fetch(`${server.url}${url}`, { headers });
        expect(response.status, `${username} ${url}`).toBe(200);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const parts = format === 'csv' ? { csv: bytes } : unzipSync(bytes);
        expect(Object.keys(parts).length).toBeGreaterThan(format === 'csv' ? 0 : 3);
        for (const [name, part] of Object.entries(parts)) {
          answers.push(`${username} ${url} ${name}\n${strFromU8(part)}`);
        }
      }
    }
    // The documents were read as text (the check would pass on undecoded bytes otherwise).
    expect(answers.some((a) => a.includes('word/document.xml') && a.includes('BÁO CÁO'))).toBe(
      true,
    );
    expect(crawled).toBeGreaterThan(150);
    // The support case itself was asked for by every other role, and refused.
    expect(answers.filter((a) => / GET \/api\/support\/cases\/\d+ 403\n/.test(a))).toHaveLength(5);
    // The support routes were reached and answered with data.
    expect(
      answers.some((a) => a.startsWith('police GET /api/support/villages?year=2026 200')),
    ).toBe(true);
    const audit = JSON.stringify(await server.sql`select * from audit_log`);
    const everything = [...answers, ...printed, audit].join('\n');
    expect(everything).not.toContain(canaryCode);
    expect(everything).not.toContain('CANARY9');
    for (const word of canaryWords) expect(everything).not.toContain(word);
    expect(audit).toContain('"entity":"support-case"');
  });
});
