import { describe, expect, it } from 'vitest';
import type { ReportSubmission } from '../../web/src/api/plan-records-client';
import { expectErrorShape, staffApps } from '../helpers/test-app';

const now = () => new Date('2026-11-29T10:00:00+07:00');
const { health, culture, police } = staffApps({ now });
const { sql } = health;

type Submission = ReportSubmission;

const count = async () => (await sql`select count(*)::int as n from report_submissions`)[0]?.n;

/** An agency that has not reported the latest quarter in the seed. */
async function missingAgency(period: string) {
  const [row] = await sql<[{ id: number }]>`
    select a.id from agencies a
    where not exists (select 1 from report_submissions s where s.agency_id = a.id and s.period = ${period})
    order by a.id limit 1`;
  return row.id;
}

describe('report submissions (indicator g)', () => {
  it('plan readers see the year by agency and quarter, one or two missing in the last', async () => {
    const response = await police.request('/api/report-submissions?year=2026');
    expect(response.status).toBe(200);
    const { submissions } = (await response.json()) as { submissions: Submission[] };
    const agencies = (await sql`select count(*)::int as n from agencies`)[0]?.n as number;
    expect(submissions.filter((s) => s.period === '2026-Q1')).toHaveLength(agencies);
    const lastQuarter = submissions.filter((s) => s.period === '2026-Q3').length;
    expect(agencies - lastQuarter).toBeGreaterThanOrEqual(1);
    expect(submissions.every((s) => s.period.startsWith('2026'))).toBe(true);
  });

  it('the health station records a missing quarter, once; audited', async () => {
    const agencyId = await missingAgency('2026-Q3');
    const body = {
      agencyId,
      period: '2026-Q3',
      channel: 'electronic',
      submittedAt: '2026-11-02T09:30:00+07:00',
    };
    const response = await health.sendJson('POST', '/api/report-submissions', body);
    expect(response.status).toBe(201);
    const row = (await response.json()) as Submission;
    expect(row).toMatchObject({ agencyId, period: '2026-Q3', channel: 'electronic' });
    expect(Date.parse(row.submittedAt)).toBe(Date.parse(body.submittedAt));
    const audit = await sql`
      select action from audit_log where entity = 'report-submission' and entity_id = ${String(row.id)}`;
    expect(audit.map((a) => a.action)).toEqual(['create']);

    const before = await count();
    const again = await health.sendJson('POST', '/api/report-submissions', {
      ...body,
      channel: 'paper',
    });
    expect((await expectErrorShape(again, 409)).code).toBe('already-submitted');
    expect(await count()).toBe(before);
  });

  it('a month and a half year are periods too', async () => {
    const agencyId = await missingAgency('2026-10');
    const month = await health.sendJson('POST', '/api/report-submissions', {
      agencyId,
      period: '2026-10',
      channel: 'paper',
    });
    expect(month.status).toBe(201);
    const half = await health.sendJson('POST', '/api/report-submissions', {
      agencyId,
      period: '2026-H1',
      channel: 'electronic',
    });
    expect(half.status).toBe(201);
  });

  it('refuses bad periods, periods not yet over, future times, unknown agencies and other roles', async () => {
    const agencyId = await missingAgency('2025-H2');
    const ok = { agencyId, period: '2025-H2', channel: 'electronic' };
    const before = await count();
    const cases: Array<[unknown, number, string?]> = [
      [{ ...ok, period: '2026-Q5' }, 422, 'invalid-period'],
      [{ ...ok, period: '2026-13' }, 422, 'invalid-period'],
      [{ ...ok, period: 'Q1-2026' }, 422, 'invalid-period'],
      [{ ...ok, period: '2019' }, 422, 'invalid-period'],
      [{ ...ok, period: '2026-Q4' }, 422, 'period-not-ended'],
      [{ ...ok, period: '2026-11' }, 422, 'period-not-ended'],
      [{ ...ok, period: '2026' }, 422, 'period-not-ended'],
      [{ ...ok, submittedAt: '2026-12-01T08:00:00+07:00' }, 422, 'in-the-future'],
      [{ ...ok, submittedAt: '2025-06-30T08:00:00+07:00' }, 422, 'before-period'],
      [{ ...ok, agencyId: 99999 }, 422, 'unknown-agency'],
      [{ ...ok, channel: 'fax' }, 400],
      [{ ...ok, agencyId: '1' }, 400],
      [{ ...ok, period: 2026 }, 400],
      [{ ...ok, submittedAt: '2026-11-01' }, 400],
    ];
    for (const [body, status, code] of cases) {
      const error = await expectErrorShape(
        await health.sendJson('POST', '/api/report-submissions', body),
        status,
      );
      if (code) expect(error.code).toBe(code);
    }
    await expectErrorShape(await culture.sendJson('POST', '/api/report-submissions', ok), 403);
    await expectErrorShape(await police.sendJson('POST', '/api/report-submissions', ok), 403);
    expect(await count()).toBe(before);
  });
});
