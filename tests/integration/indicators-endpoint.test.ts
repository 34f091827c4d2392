// GET /api/indicators over the seeded demo data: who may read it, the year's bounds, support
// exact for the health role only, and the numbers the same as the other views of them.
import { describe, expect, it } from 'vitest';
import type { IndicatorsResponse } from '../../api/src/indicators/types';
import { expectErrorShape, testApp } from '../helpers/test-app';

const clock = new Date('2026-11-29T03:00:00Z');
const now = () => clock;
const health = testApp({ as: 'tramyte', now });
const police = testApp({ as: 'congan', now });
const culture = testApp({ as: 'vanhoa', now });
const leadership = testApp({ as: 'lanhdao', now });
const admin = testApp({ as: 'admin', now });
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

  it('counts indicator đ as GET /api/tips/summary does, and shows no tip text', async () => {
    const body = await read(leadership, '?year=2026');
    const tip = body.indicators.find((i) => i.code === 'đ');
    const summary = (await (await leadership.request('/api/tips/summary?year=2026')).json()) as {
      received: number;
      resolved: number;
    };
    expect(tip?.denominator).toBe(summary.received);
    expect(tip?.numerator).toBe(summary.resolved);
    expect(body.charts.tipFunnel[0]).toEqual({ stage: 'received', count: summary.received });
    expect(body.charts.tipFunnel[3]).toEqual({ stage: 'resolved', count: summary.resolved });
    const text = JSON.stringify(body);
    const [some] = await sql<[{ description: string }?]>`
      select description from tips order by id limit 1`;
    if (some) expect(text).not.toContain(some.description);
  });
});
