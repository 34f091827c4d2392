import { asActor } from '@ntm/db/queries/actor';
import type { IndicatorsResponse } from '@ntm/domain/indicators/types';
import { defaultSummary, parsePeriod, reportData } from '@ntm/domain/reports/report-data';
import { afterAll, describe, expect, it } from 'vitest';
import {
  appRolePool,
  communeCode,
  expectErrorShape,
  staffApps,
  testApp,
} from '../helpers/test-app';

const clock = new Date('2026-11-29T03:00:00Z');
const now = () => clock;
const { health, police, culture, leadership, admin } = staffApps({ now });
const { sql } = police;

const read = async (app: ReturnType<typeof testApp>, query = '') => {
  const response = await app.request(`/api/indicators${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as IndicatorsResponse;
};

describe('GET /api/indicators', () => {
  it('answers the four roles that follow the plan, refuses village heads and the admin', async () => {
    for (const app of [health, police, culture, leadership]) {
      const body = await read(app, '?year=2026');
      expect(body.year).toBe(2026);
      expect(body.asOf).toBe('2026-11-29');
      expect(body.indicators.map((i) => i.code)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g']);
      for (const i of body.indicators) expect(i.trend).toHaveLength(11);
      expect(body.charts.inspectionsByMonth).toHaveLength(11);
    }
    await expectErrorShape(await admin.request('/api/indicators?year=2026'), 403);
    const [village] = await sql<[{ username: string }]>`
      select username from users where role = 'village' order by id limit 1`;
    const head = testApp({ as: village.username, now });
    await expectErrorShape(await head.request('/api/indicators?year=2026'), 403);
    await expectErrorShape(await testApp({ as: null, now }).request('/api/indicators'), 401);
  });

  it('defaults to this year, takes 31 December for a past year, refuses the future and 2020–2035', async () => {
    expect((await read(leadership)).year).toBe(2026);
    const past = await read(leadership, '?year=2025');
    expect(past.asOf).toBe('2025-12-31');
    expect(past.indicators[0]?.trend).toHaveLength(12);
    for (const bad of ['2027', '2019', '2036', 'abc', '2026.5']) {
      await expectErrorShape(await leadership.request(`/api/indicators?year=${bad}`), 400);
    }
    await expectErrorShape(await leadership.request('/api/indicators?year=2026&x=1'), 400);
  });

  it('gives the health role exact support numbers and every other role suppressed ones', async () => {
    const exact = (await read(health, '?year=2026')).indicators.find((i) => i.code === 'd');
    expect(exact?.suppressed).toBe(false);
    expect(typeof exact?.numerator).toBe('number');
    expect(typeof exact?.denominator).toBe('number');
    for (const app of [police, culture, leadership]) {
      const d = (await read(app, '?year=2026')).indicators.find((i) => i.code === 'd');
      expect(d?.suppressed).toBe(true);
      for (const n of [d?.numerator, d?.denominator, d?.dueCount]) {
        if (typeof n === 'number') expect(n === 0 || n >= 5).toBe(true);
      }
      for (const item of d?.due ?? []) expect(item.id).toBeNull();
    }
  });

  it('shows support cases of 2020 exactly to health, suppressed to the others', async () => {
    // Eight cases in need in 2020 (a year no other test uses), six reached: the two others
    // are a small cell, so outside the health role the share and the six are hidden too.
    const codes = Array.from({ length: 8 }, (_, i) => `IND-2020-${i}`);
    try {
      for (const [i, code] of codes.entries()) {
        const [kase] = await sql<[{ id: number }]>`
          insert into support.cases (commune_code, code, opened_on, needs, eligible, counselled_on, closed_on)
          values (${'11284'}, ${code}, '2020-03-01', '{social}', true,
                  ${i < 6 ? '2020-04-01' : null}, '2020-12-31')
          returning id::int as id`;
        if (i < 6) {
          await sql`insert into support.referrals (commune_code, case_id, service, referred_on, outcome, outcome_on)
                    values ('11284', ${kase.id}, 'social', '2020-04-01', 'connected', '2020-04-02')`;
        }
      }
      const exact = (await read(health, '?year=2020')).indicators.find((i) => i.code === 'd');
      expect(exact).toMatchObject({ value: 0.75, numerator: 6, denominator: 8, dueCount: 2 });
      for (const app of [police, culture, leadership]) {
        const body = await read(app, '?year=2020');
        const d = body.indicators.find((i) => i.code === 'd');
        expect(d).toMatchObject({
          value: null,
          status: 'no-data',
          numerator: 'hidden',
          denominator: 8,
          dueCount: '<5',
          suppressed: true,
        });
        // Today's share hidden: its history too (March's 0 of 8 would narrow it down).
        expect(d?.trend.every((t) => t.value === null)).toBe(true);
        expect(JSON.stringify(body)).not.toContain('IND-2020');
      }
    } finally {
      await sql`delete from support.referrals where case_id in
                (select id from support.cases where code = any(${codes}))`;
      await sql`delete from support.cases where code = any(${codes})`;
    }
  });

  it('asks agencies for reports only from the quarter the commune came into being', async () => {
    // Nam Thanh Miện was formed on 1 July 2025: of 2025, only the reports of Q3 and Q4 are due.
    const [formed] = await sql<[{ formedOn: string }]>`
      select formed_on::text as "formedOn" from communes where commune_code = ${communeCode}`;
    expect(formed.formedOn).toBe('2025-07-01');
    const [agencies] = await sql<[{ n: number }]>`
      select count(*)::int as n from agencies where commune_code = ${communeCode} and active`;
    const body = await read(health, '?year=2025');
    const g = body.indicators.find((i) => i.code === 'g');
    expect(g?.denominator).toBe(agencies.n * 2);
    expect(g?.due.every((item) => /quý (III|IV)\/2025/.test(item.note))).toBe(true);
  });

  it('counts indicator đ as GET /api/tips/summary does, and shows no tip text', async () => {
    // Other test files add and move tips of 2026 meanwhile: compare a pair of reads taken
    // with no change between them (the summary the same before and after).
    // On today's clock: the summary counts the whole year, and earlier test files record tips
    // dated today, after the fixed clock of the other tests here.
    const today = testApp({ as: 'lanhdao' });
    const summary = async () =>
      (await (await today.request('/api/tips/summary?year=2026')).json()) as {
        received: number;
        resolved: number;
      };
    let body: IndicatorsResponse | null = null;
    let before = await summary();
    for (let attempt = 0; attempt < 5 && body === null; attempt++) {
      const read1 = await read(today, '?year=2026');
      const after = await summary();
      if (after.received === before.received && after.resolved === before.resolved) body = read1;
      else before = after;
    }
    if (body === null) throw new Error('tips kept changing');
    const tip = body.indicators.find((i) => i.code === 'đ');
    expect(tip?.denominator).toBe(before.received);
    expect(tip?.numerator).toBe(before.resolved);
    expect(body.charts.tipFunnel[0]).toEqual({ stage: 'received', count: before.received });
    expect(body.charts.tipFunnel[3]).toEqual({ stage: 'resolved', count: before.resolved });
    const text = JSON.stringify(body);
    const [some] = await sql<[{ description: string }?]>`
      select description from tips order by id limit 1`;
    if (some) expect(text).not.toContain(some.description);
  });
});

describe('the report numbers and the dashboard', () => {
  const appSql = appRolePool(2);
  afterAll(() => appSql.end());
  const env = { COMMUNE_CODE: communeCode } as Parameters<typeof reportData>[1];

  /**
   * Other test files change tips, businesses and inspections while this one runs: take the
   * report, then the dashboard, then the report again, until the two reports agree.
   */
  async function reportBesideDashboard(code: string, year: number, app = leadership) {
    const report = () =>
      asActor(appSql, { userId: null, role: 'health', villageId: null }, (tx) =>
        reportData(tx, env, parsePeriod(code), clock),
      );
    let first = await report();
    for (let attempt = 0; attempt < 5; attempt++) {
      const dashboard = await read(app, `?year=${year}`);
      const second = await report();
      if (JSON.stringify(first) === JSON.stringify(second)) return { data: first, dashboard };
      first = second;
    }
    throw new Error('the records kept changing');
  }

  it('gives a past year report the indicators GET /api/indicators shows for that year', async () => {
    for (const year of [2025, 2026]) {
      const { data, dashboard } = await reportBesideDashboard(String(year), year);
      expect(data.indicators).toEqual(dashboard.indicators);
      expect(data.support.share === null || typeof data.support.eligible === 'number').toBe(true);
      expect(defaultSummary(data)).toContain(`Trong năm ${year}`);
    }
  });

  it('counts the tips of a quarter as the dashboard counts them month by month', async () => {
    const { data, dashboard } = await reportBesideDashboard('2026-Q3', 2026, police);
    const months = dashboard.charts.handledRateByMonth.filter((m) =>
      ['2026-07', '2026-08', '2026-09'].includes(m.month),
    );
    expect(data.tips.received).toBe(months.reduce((s, m) => s + m.received, 0));
    expect(data.inspections.total).toBe(
      dashboard.charts.inspectionsByMonth
        .filter((m) => m.month >= '2026-07' && m.month <= '2026-09')
        .reduce((s, m) => s + m.scheduled + m.surprise, 0),
    );
  });
});
