// The periodic report over the seeded demo data: the health station's workflow (draft →
// reviewed → approved → sent, and back to draft), a sent report frozen while the records move
// on, a new version after it, the files it downloads as, and every refusal changing nothing.

import type { ReportJson } from '@ntm/domain/reports/csv';
import type { PeriodicReport } from '@ntm/domain/reports/report-types';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphs } from '../helpers/office-files';
import {
  appRolePool,
  communeCode,
  expectErrorShape,
  staffApps,
  testApp,
} from '../helpers/test-app';

let clock = new Date('2026-11-29T03:00:00Z');
const now = () => clock;
const { health, police, culture, leadership, admin } = staffApps({ now });
const { sql } = health;
// The app's own database role, for a write behind the API's back.
const appRole = appRolePool(1);
afterAll(() => appRole.end());

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

let healthName = '';
let healthAgency = 0;

beforeAll(async () => {
  const [user] = await sql<[{ name: string }]>`
    select display_name as name from users where username = 'tramyte'`;
  healthName = user.name;
  // The health station among the plan's agencies (the demo data may already have it).
  await sql`
    insert into agencies (commune_code, kind, name)
    select ${communeCode}, 'health', 'Trạm Y tế xã'
    where not exists (select 1 from agencies where commune_code = ${communeCode} and kind = 'health')`;
  const [agency] = await sql<[{ id: number }]>`
    select id from agencies where commune_code = ${communeCode} and kind = 'health' and active
    order by id limit 1`;
  healthAgency = agency.id;
});

const create = async (period: string) => {
  const response = await health.sendJson('POST', '/api/reports', { period });
  expect(response.status).toBe(201);
  return (await response.json()) as PeriodicReport;
};
const move = (id: number, to: string) =>
  health.sendJson('POST', `/api/reports/${id}/transitions`, { to });
const moveOk = async (id: number, to: string) => {
  const response = await move(id, to);
  expect(response.status).toBe(200);
  return (await response.json()) as PeriodicReport;
};
const send = async (id: number) => {
  await moveOk(id, 'reviewed');
  await moveOk(id, 'approved');
  return moveOk(id, 'sent');
};
const periodic = (app: ReturnType<typeof testApp>, query: string) =>
  app.request(`/api/reports/periodic?${query}`);
const json = async (query: string) => {
  const response = await periodic(health, `${query}&format=json`);
  expect(response.status).toBe(200);
  return (await response.json()) as ReportJson;
};
const snapshotOf = async (id: number) => {
  const [row] = await sql<[{ snapshot: unknown; state: string; number: string | null }]>`
    select snapshot, state::text as state, number from periodic_reports where id = ${id}`;
  return row;
};
const reportCount = async () => {
  const [row] = await sql<[{ n: number }]>`select count(*)::int as n from periodic_reports`;
  return row.n;
};

describe('the periodic report workflow', () => {
  it('drafts with the summary prefilled, edits, reviews, sends back, approves and sends; each step recorded and audited', async () => {
    const draft = await create('2026-07');
    expect(draft).toMatchObject({ period: '2026-07', version: 1, state: 'draft', number: null });
    expect(draft.createdBy).toBe(healthName);
    expect(draft.narrative.summary).toContain('tháng 7 năm 2026');
    expect(draft.narrative.difficulties).toBe('');

    // Only one open version per period.
    const again = await health.sendJson('POST', '/api/reports', { period: '2026-07' });
    expect((await expectErrorShape(again, 409)).code).toBe('report-open');

    const patched = await health.sendJson('PATCH', `/api/reports/${draft.id}`, {
      number: '12/BC-TYT',
      narrative: { difficulties: 'Thiếu cán bộ chuyên trách.', proposals: 'Bổ sung kinh phí.' },
    });
    expect(patched.status).toBe(200);
    const edited = (await patched.json()) as PeriodicReport;
    expect(edited.number).toBe('12/BC-TYT');
    expect(edited.narrative).toEqual({
      summary: draft.narrative.summary,
      difficulties: 'Thiếu cán bộ chuyên trách.',
      proposals: 'Bổ sung kinh phí.',
    });

    expect((await expectErrorShape(await move(draft.id, 'approved'), 409)).code).toBe(
      'illegal-transition',
    );
    later(2);
    const reviewed = await moveOk(draft.id, 'reviewed');
    expect(reviewed.reviewedBy).toBe(healthName);
    expect(new Date(reviewed.reviewedAt as string).getTime()).toBe(clock.getTime());
    // Not a draft: no more edits until it is sent back.
    const refused = await health.sendJson('PATCH', `/api/reports/${draft.id}`, {
      number: '13/BC-TYT',
    });
    expect((await expectErrorShape(refused, 409)).code).toBe('not-draft');
    expect((await snapshotOf(draft.id)).number).toBe('12/BC-TYT');

    const back = await moveOk(draft.id, 'draft');
    expect(back.reviewedAt).toBeNull();
    await moveOk(draft.id, 'reviewed');
    later(2);
    const approved = await moveOk(draft.id, 'approved');
    expect(approved.approvedBy).toBe(healthName);
    expect((await snapshotOf(draft.id)).snapshot).toBeNull();
    later(2);
    const sent = await moveOk(draft.id, 'sent');
    expect(sent.state).toBe('sent');
    expect(new Date(sent.sentAt as string).getTime()).toBe(clock.getTime());
    const frozen = (await snapshotOf(draft.id)).snapshot as {
      period: { code: string };
      computedAt: string;
    };
    expect(frozen.period.code).toBe('2026-07');
    expect(frozen.computedAt).toBe(clock.toISOString());

    // Indicator g: the health station's report for the period went out electronically.
    const submissions = await sql`
      select channel::text as channel from report_submissions
      where agency_id = ${healthAgency} and period = '2026-07'`;
    expect(submissions.map((s) => s.channel)).toEqual(['electronic']);

    // After sent, nothing changes: not the state, not the text.
    for (const to of ['draft', 'reviewed', 'approved', 'sent']) {
      expect((await expectErrorShape(await move(draft.id, to), 409)).code).toBe(
        'illegal-transition',
      );
    }
    await expectErrorShape(
      await health.sendJson('PATCH', `/api/reports/${draft.id}`, { narrative: { summary: 'x' } }),
      409,
    );

    const audit = await sql`
      select action from audit_log where entity = 'periodic-report' and entity_id = ${String(draft.id)}
      order by id`;
    expect(audit.map((a) => a.action)).toEqual([
      'create',
      'update',
      'update',
      'update',
      'update',
      'approve',
      'update',
    ]);

    const list = await health.request('/api/reports?year=2026');
    const { reports } = (await list.json()) as { reports: PeriodicReport[] };
    expect(reports.find((r) => r.id === draft.id)?.state).toBe('sent');
  });

  it('row-level security refuses to change a sent report even to the health role', async () => {
    const report = await create('2026-06');
    await send(report.id);
    const changed = await appRole.begin(async (tx) => {
      await tx`select set_config('ntm.role', 'health', true)`;
      return tx`update periodic_reports set number = '99/BC-TYT', state = 'draft' where id = ${report.id}`;
    });
    expect(changed.count).toBe(0);
    expect(await snapshotOf(report.id)).toMatchObject({ state: 'sent', number: null });
  });

  it('a sent report no longer changes when the records do; a new version shows the new numbers', async () => {
    const report = await create('2026-08');
    later(2);
    await send(report.id);
    const sentJson = await json('period=2026-08&version=1');
    const sentCsv = await (await periodic(health, 'period=2026-08&version=1&format=csv')).text();
    const sentDocx = docxParagraphs(
      await (await periodic(health, 'period=2026-08&version=1&format=docx')).arrayBuffer(),
    );
    expect(sentJson.report?.state).toBe('sent');
    expect(sentDocx).not.toContain('DỰ THẢO');
    // Signed by the approver's name, without the post their display name carries.
    expect(sentDocx).toContain(healthName.split(' – ')[0]);
    expect(sentDocx).not.toContain(healthName);

    // A new tip in the period, recorded behind the app's back, and time passing.
    const received = sentJson.data.tips.received;
    await sql`
      insert into tips (commune_code, received_at, channel, category, description)
      values (${communeCode}, '2026-08-20T02:00:00Z', 'hotline', 'nghi-mua-ban-dam',
              'Tin báo thêm sau khi báo cáo đã gửi (kiểm thử)')`;
    later(3);

    const again = await json('period=2026-08&version=1');
    expect(again).toEqual(sentJson);
    expect(await (await periodic(health, 'period=2026-08&version=1&format=csv')).text()).toBe(
      sentCsv,
    );
    expect(
      docxParagraphs(
        await (await periodic(health, 'period=2026-08&version=1&format=docx')).arrayBuffer(),
      ),
    ).toEqual(sentDocx);
    // Police and leadership read the same frozen numbers.
    const asPolice = (await (
      await periodic(police, 'period=2026-08&version=1&format=json')
    ).json()) as ReportJson;
    expect(asPolice.data).toEqual(sentJson.data);

    // A new version starts from the records as they are now.
    const v2 = await create('2026-08');
    expect(v2.version).toBe(2);
    const latest = await json('period=2026-08');
    expect(latest.report?.id).toBe(v2.id);
    expect(latest.data.tips.received).toBe(received + 1);
    const v2Docx = docxParagraphs(
      await (await periodic(health, 'period=2026-08&format=docx')).arrayBuffer(),
    );
    expect(v2Docx).toContain('DỰ THẢO');
    expect((await json('period=2026-08&version=1')).data.tips.received).toBe(received);
  });

  it('shows the same indicator numbers as the dashboard, in the JSON and in the documents', async () => {
    const dashboard = (await (await leadership.request('/api/indicators?year=2026')).json()) as {
      indicators: {
        code: string;
        value: number | null;
        numerator: unknown;
        denominator: unknown;
        status: string;
      }[];
    };
    const report = (await (
      await periodic(leadership, 'period=2026&format=json')
    ).json()) as ReportJson;
    const pick = (i: (typeof dashboard.indicators)[number]) => ({
      code: i.code,
      value: i.value,
      numerator: i.numerator,
      denominator: i.denominator,
      status: i.status,
    });
    expect(report.data.indicators.map(pick)).toEqual(dashboard.indicators.map(pick));
    const tip = dashboard.indicators.find((i) => i.code === 'đ');
    const docx = docxParagraphs(
      await (await periodic(leadership, 'period=2026&format=docx')).arrayBuffer(),
    );
    // The row of indicator đ: code, name, value as "96,8 %", target, counts.
    const at = docx.indexOf('đ');
    expect(at).toBeGreaterThan(0);
    expect(docx[at + 2]).toBe(
      tip?.value === null || tip?.value === undefined
        ? '–'
        : `${(tip.value * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`,
    );
    expect(docx[at + 4]).toBe(String(tip?.numerator));
    expect(docx[at + 5]).toBe(String(tip?.denominator));
  });

  it('downloads a period nobody has started as a live draft, in all four formats', async () => {
    // Six months: the e2e test of the report page, which may run meanwhile, starts and sends
    // the last ended quarter.
    const before = await reportCount();
    const live = await json('period=2026-H1');
    expect(live.report).toBeNull();
    expect(live.data.period).toMatchObject({
      code: '2026-H1',
      from: '2026-01-01',
      to: '2026-06-30',
    });

    const docx = await periodic(leadership, 'period=2026-H1&format=docx');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers.get('content-disposition')).toBe(
      `attachment; filename="bao-cao-2026-H1-du-thao.docx"; filename*=UTF-8''bao-cao-2026-H1-du-thao.docx`,
    );
    const text = docxParagraphs(await docx.arrayBuffer());
    expect(text).toContain('DỰ THẢO');
    expect(text).toContain('Kết quả thực hiện công tác phòng, chống mại dâm 6 tháng đầu năm 2026');
    expect(text).toContain('Số:      /BC-TYT');

    const xlsx = await periodic(culture, 'period=2026-H1&format=xlsx');
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers.get('content-disposition')).toContain('bao-cao-2026-H1-du-thao.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const tips = wb.getWorksheet('4. Tin báo');
    const received = tips
      ?.getRows(1, tips.rowCount)
      ?.find((r) => r.getCell(1).value === 'Tin báo tiếp nhận')
      ?.getCell(2).value;
    expect(received).toBe(live.data.tips.received);

    const csv = await periodic(police, 'period=2026-H1&format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark
    const body = new TextDecoder().decode(bytes);
    expect(body).toContain(`\r\ntips.summary,received,value,${live.data.tips.received}\r\n`);
    // Reading creates nothing.
    expect(await reportCount()).toBe(before);
  });
});

describe('refusals change nothing', () => {
  it('other roles read but may not write; village heads and the admin may not read', async () => {
    const report = await create('2026-05');
    const before = await snapshotOf(report.id);
    const count = await reportCount();
    for (const app of [police, culture, leadership]) {
      expect((await app.request('/api/reports?year=2026')).status).toBe(200);
      expect((await periodic(app, 'period=2026-05&format=json')).status).toBe(200);
      await expectErrorShape(
        await app.sendJson('POST', '/api/reports', { period: '2026-04' }),
        403,
      );
      await expectErrorShape(
        await app.sendJson('PATCH', `/api/reports/${report.id}`, { number: '1/BC-TYT' }),
        403,
      );
      await expectErrorShape(
        await app.sendJson('POST', `/api/reports/${report.id}/transitions`, { to: 'reviewed' }),
        403,
      );
    }
    await expectErrorShape(await admin.request('/api/reports?year=2026'), 403);
    await expectErrorShape(await periodic(admin, 'period=2026-05&format=docx'), 403);
    const [village] = await sql<[{ username: string }]>`
      select username from users where role = 'village' order by id limit 1`;
    const head = testApp({ as: village.username, now });
    await expectErrorShape(await periodic(head, 'period=2026-05&format=csv'), 403);
    await expectErrorShape(await testApp({ as: null, now }).request('/api/reports'), 401);
    expect(await snapshotOf(report.id)).toEqual(before);
    expect(await reportCount()).toBe(count);
  });

  it('bad periods, formats, bodies and unknown ids: 400 and 404, nothing stored', async () => {
    const count = await reportCount();
    const [audits] = await sql<[{ n: number }]>`
      select count(*)::int as n from audit_log where entity = 'periodic-report'`;
    for (const query of [
      'period=2026-Q5&format=docx',
      'period=abc&format=json',
      'period=2026-13&format=csv',
      'period=2026-Q1&format=pdf',
      'period=2026-Q1',
      'period=2026-12&format=json', // not begun on 29 November 2026
      'period=2040&format=json',
      'period=2026-Q1&format=json&version=0',
      'period=2026-Q1&format=json&extra=1',
    ]) {
      await expectErrorShape(await periodic(health, query), 400);
    }
    await expectErrorShape(await periodic(health, 'period=2026-Q1&format=json&version=7'), 404);
    await expectErrorShape(await health.request('/api/reports?year=1999'), 400);
    for (const body of [
      { period: '2026-Q9' },
      { period: '2027' },
      {},
      { period: '2026-Q1', x: 1 },
    ]) {
      await expectErrorShape(await health.sendJson('POST', '/api/reports', body), 400);
    }
    await expectErrorShape(await health.sendJson('POST', '/api/reports', 'not json'), 400);
    const draft = await create('2026-04');
    const after = await reportCount();
    for (const body of [
      {},
      { number: 'mười hai' },
      { narrative: { summary: 5 } },
      { narrative: { other: 'x' } },
      { state: 'sent' },
    ]) {
      await expectErrorShape(await health.sendJson('PATCH', `/api/reports/${draft.id}`, body), 400);
    }
    await expectErrorShape(
      await health.sendJson('PATCH', '/api/reports/99999999', { number: '1/BC-TYT' }),
      404,
    );
    await expectErrorShape(await move(99999999, 'reviewed'), 404);
    await expectErrorShape(await move(draft.id, 'archived'), 400);
    expect(await snapshotOf(draft.id)).toMatchObject({
      state: 'draft',
      number: null,
      snapshot: null,
    });
    expect(after).toBe(count + 1);
    expect(await reportCount()).toBe(after);
    const [auditsAfter] = await sql<[{ n: number }]>`
      select count(*)::int as n from audit_log where entity = 'periodic-report'`;
    // Only the one draft created above.
    expect(auditsAfter.n).toBe(audits.n + 1);
  });
});
