import type { Backtest } from '@ntm/domain/risk/run-backtest';
import { describe, expect, it } from 'vitest';
import { expectErrorShape, staffApps } from '../helpers/test-app';

const now = () => new Date('2026-11-29T05:00:00Z');
const { leadership, police, culture } = staffApps({ now });
const { sql } = leadership;

const model = async (query = '') => {
  const response = await leadership.request(`/api/risk/model${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Backtest;
};

const inUnit = (n: number | null) => n !== null && n >= 0 && n <= 1;

describe('GET /api/risk/model', () => {
  it('backtests the last complete Tết by default: shares in 0–1, a finite PAI', async () => {
    const b = await model();
    expect(b.before).toBe('2026-02-03');
    expect(b.period).toEqual({ name: 'Tết Nguyên Đán', from: '2026-02-03', to: '2026-03-03' });
    expect(b.weights).toEqual({ version: null, source: 'default', trainedBefore: null });
    expect(b.cells.cellMeters).toBe(250);
    expect(b.cells.top).toBe(Math.ceil(b.cells.count / 10));
    expect(b.cells.communeCells).toBeGreaterThan(b.cells.count);
    expect(b.cells.events).toBeGreaterThan(0);
    expect(inUnit(b.cells.hitRate)).toBe(true);
    expect(Number.isFinite(b.cells.pai)).toBe(true);
    expect(b.cells.pai).toBeGreaterThan(0);
    expect(b.round.inspections).toBeGreaterThan(0);
    expect(b.round.violations).toBeGreaterThan(0);
    expect(b.round.violations).toBeLessThanOrEqual(b.round.inspections);
    expect(inUnit(b.round.firstHalfShare.risk)).toBe(true);
    expect(inUnit(b.round.firstHalfShare.historical)).toBe(true);
    expect(Number.isFinite(b.round.daysEarlier)).toBe(true);
  });

  it('counts the same events and inspections as the tables hold for the period', async () => {
    const b = await model('?before=2026-02-03');
    const [counts] = await sql<[{ tips: number; findings: number; inspections: number }]>`
      with span as (select '2026-02-03'::timestamp at time zone 'Asia/Ho_Chi_Minh' as t0,
                           '2026-03-04'::timestamp at time zone 'Asia/Ho_Chi_Minh' as t1)
      select (select count(*)::int from tips, span where duplicate_of is null and status <> 'unfounded'
                and received_at >= t0 and received_at < t1) as tips,
             (select count(*)::int from inspections, span where status = 'recorded'
                and result in ('violation', 'suspected', 'closed') and started_at >= t0 and started_at < t1) as findings,
             (select count(*)::int from inspections, span where status = 'recorded'
                and started_at >= t0 and started_at < t1) as inspections`;
    expect(b.cells.events).toBe(counts.tips + counts.findings);
    expect(b.round.inspections).toBe(counts.inspections);
    expect(b.round.violations).toBe(counts.findings);
  });

  it('evaluates the following 90 days outside a season, for police too', async () => {
    const response = await police.request('/api/risk/model?before=2025-10-01');
    expect(response.status).toBe(200);
    const b = (await response.json()) as Backtest;
    expect(b.period).toEqual({ name: '90 ngày tiếp theo', from: '2025-10-01', to: '2025-12-29' });
  });

  it('is for leadership and police only, and refuses a bad or future day', async () => {
    await expectErrorShape(await culture.request('/api/risk/model'), 403);
    await expectErrorShape(await leadership.request('/api/risk/model?before=2026-13-01'), 400);
    await expectErrorShape(await leadership.request('/api/risk/model?before=yesterday'), 400);
    await expectErrorShape(await leadership.request('/api/risk/model?before=2019-12-31'), 400);
    const future = await expectErrorShape(
      await leadership.request('/api/risk/model?before=2026-12-15'),
      422,
    );
    expect(future.code).toBe('before-in-future');
  });
});

describe('GET /api/risk/businesses: which weights scored it', () => {
  it('says the defaults scored it while no set is stored', async () => {
    const response = await leadership.request('/api/risk/businesses?on=2026-11-29');
    const body = (await response.json()) as { weights: unknown };
    expect(body.weights).toEqual({ version: null, createdAt: null, source: 'default' });
  });
});
