// Every indicator on a fixture whose answer is known by hand (tests/helpers/indicator-fixture.ts):
// a commune of its own, 2025 taken as of 31 December from a clock in November 2026.

import { computeIndicators } from '@ntm/domain/indicators/compute-indicators';
import type { Indicator, IndicatorsResponse } from '@ntm/domain/indicators/types';
import { defaultSummary, parsePeriod, reportData } from '@ntm/domain/reports/report-data';
import { describe, expect, it } from 'vitest';
import { fixtureCommune, withFixture } from '../helpers/indicator-fixture';
import { testApp } from '../helpers/test-app';

const now = new Date('2026-11-29T03:00:00Z');
const env = { COMMUNE_CODE: fixtureCommune } as Parameters<typeof computeIndicators>[1];
const { sql } = testApp({ as: null });

/** The indicators of `year` as of its last day, support counts suppressed unless asked. */
const indicatorsOf = (
  tx: Parameters<typeof computeIndicators>[0],
  year: number,
  { asOf = `${year}-12-31`, exactSupport = false } = {},
) => computeIndicators(tx, env, year, { asOf, now, exactSupport });
const byCode = (r: IndicatorsResponse, code: string) =>
  r.indicators.find((i) => i.code === code) as Indicator;
const trendOf = (i: Indicator, month: string) => i.trend.find((t) => t.month === month)?.value;

describe('indicators a–g on a known fixture (2025, as of 31 December)', () => {
  it('computes every indicator, its trend and drill-down from the records', async () => {
    await withFixture(sql, async (tx, as, ids) => {
      await as('leadership');
      const r = await indicatorsOf(tx, 2025);
      expect(r.asOf).toBe('2025-12-31');

      const a = byCode(r, 'a');
      expect(a).toMatchObject({ value: 1, status: 'met', due: [], dueCount: 0 });
      expect(trendOf(a, '2025-01')).toBe(0);
      expect(trendOf(a, '2025-02')).toBe(1);

      // b: open on 31 Dec: B1, B2, B3 (suspended), B5; B4 closed in 2024 and B7 closed in
      // September are not. Reviewed in 2025: B1, B3 (B2 only in December 2024).
      const b = byCode(r, 'b');
      expect(b).toMatchObject({ value: 0.5, numerator: 2, denominator: 4, status: 'behind' });
      expect(b.due.map((d) => d.id)).toEqual([ids.b5, ids.b2]);
      expect(b.due[1]?.label).toBe('Nhà nghỉ Hai (Thôn Thử)');
      expect(trendOf(b, '2025-01')).toBe(0);
      expect(trendOf(b, '2025-03')).toBe(1 / 5); // B7 still open then
      expect(trendOf(b, '2025-06')).toBe(2 / 5);
      expect(trendOf(b, '2025-09')).toBe(2 / 4);

      const c = byCode(r, 'c');
      expect(c).toMatchObject({ value: 2, status: 'met', due: [] });
      expect([trendOf(c, '2025-03'), trendOf(c, '2025-04'), trendOf(c, '2025-10')]).toEqual([
        0, 1, 2,
      ]);

      // d outside the health role: 7 of 10, the 3 not reached hidden, and 7 with them.
      const d = byCode(r, 'd');
      expect(d).toMatchObject({
        value: null,
        status: 'no-data',
        suppressed: true,
        numerator: 'hidden',
        denominator: 10,
        dueCount: '<5',
      });
      expect(d.due).toHaveLength(1);
      expect(d.due[0]?.id).toBeNull();
      expect(JSON.stringify(d)).not.toMatch(/\b[37]\b/);
      expect(JSON.stringify(r)).not.toContain('T8-');

      // đ: T1 handled, T2 transferred (counts as handled), T3 a duplicate of T1 (counted once),
      // T4 open, T5 handled only in 2026 (open at the end of 2025), T6 received in 2024.
      const tip = byCode(r, 'đ');
      expect(tip).toMatchObject({ value: 0.5, numerator: 2, denominator: 4, status: 'behind' });
      expect(tip.due.map((i) => i.id)).toEqual([ids.t5, ids.t4]);
      expect(tip.due[0]).toMatchObject({
        kind: 'tip',
        label: `Tin báo số ${ids.t5}`,
        since: '2025-06-01',
        deadline: '2025-06-21',
        overdue: true,
      });
      expect(tip.due[1]).toMatchObject({
        since: '2025-11-01',
        deadline: '2025-11-08',
        overdue: true,
      });
      expect(JSON.stringify(r)).not.toContain('Mô tả bí mật');
      expect(trendOf(tip, '2025-02')).toBeNull();
      expect(trendOf(tip, '2025-03')).toBe(1);
      expect(trendOf(tip, '2025-06')).toBe(2 / 3);

      // e: active O1, O2, O3, O5; trained in 2025 O1, O3 (O2 only in 2024, O4 inactive).
      const e = byCode(r, 'e');
      expect(e).toMatchObject({ value: 0.5, numerator: 2, denominator: 4, status: 'behind' });
      expect(e.due.map((i) => i.id)).toEqual([ids.o2, ids.o5]);
      expect(trendOf(e, '2025-05')).toBe(0.25);
      expect(trendOf(e, '2025-09')).toBe(0.5);

      // g: two active agencies × four quarters; A1's Q3 on paper and A2's Q2 missing.
      const g = byCode(r, 'g');
      expect(g).toMatchObject({ value: 0.75, numerator: 6, denominator: 8, status: 'behind' });
      expect(g.due.map((i) => [i.id, i.note])).toEqual([
        [ids.a2, 'Báo cáo quý II/2025: chưa nộp'],
        [ids.a1, 'Báo cáo quý III/2025: nộp giấy'],
      ]);
      expect(trendOf(g, '2025-02')).toBeNull();
      expect(trendOf(g, '2025-03')).toBe(1);
      expect(trendOf(g, '2025-06')).toBe(0.75);
      expect(trendOf(g, '2025-09')).toBe(4 / 6);

      const charts = r.charts;
      expect(charts.inspectionsByMonth.find((m) => m.month === '2025-02')).toEqual({
        month: '2025-02',
        scheduled: 1,
        surprise: 1,
        violations: 1,
      });
      expect(charts.inspectionsByMonth.find((m) => m.month === '2025-07')).toEqual({
        month: '2025-07',
        scheduled: 1,
        surprise: 0,
        violations: 1,
      });
      expect(charts.inspectionsByMonth.reduce((s, m) => s + m.scheduled + m.surprise, 0)).toBe(3);
      expect(charts.violationsByType.filter((t) => t.inspections > 0)).toEqual([
        { type: 'lodging', inspections: 1, violations: 1 },
        { type: 'karaoke', inspections: 1, violations: 1 },
        { type: 'massage', inspections: 1, violations: 0 },
      ]);
      expect(charts.tipFunnel).toEqual([
        { stage: 'received', count: 4 },
        { stage: 'verified', count: 4 },
        { stage: 'classified', count: 3 },
        { stage: 'resolved', count: 2 },
      ]);
      expect(charts.tipsByStatus.filter((s) => s.count > 0)).toEqual([
        { status: 'verified', count: 1 },
        { status: 'classified', count: 1 },
        { status: 'handled', count: 1 },
        { status: 'transferred', count: 1 },
      ]);
      expect(charts.handledRateByMonth.filter((m) => m.received > 0)).toEqual([
        { month: '2025-03', received: 1, resolved: 1, share: 1 },
        { month: '2025-04', received: 1, resolved: 1, share: 1 },
        { month: '2025-06', received: 1, resolved: 0, share: 0 },
        { month: '2025-11', received: 1, resolved: 0, share: 0 },
      ]);
      expect(charts.seasons.map((s) => s.key)).toContain('tet');
    });
  });

  it('gives the health role the exact support numbers', async () => {
    await withFixture(sql, async (tx, as) => {
      await as('health');
      const r = await indicatorsOf(tx, 2025, { exactSupport: true });
      expect(byCode(r, 'd')).toMatchObject({
        value: 0.7,
        numerator: 7,
        denominator: 10,
        status: 'behind',
        suppressed: false,
        dueCount: 3,
      });
      expect(trendOf(byCode(r, 'd'), '2025-02')).toBe(0);
      expect(trendOf(byCode(r, 'd'), '2025-03')).toBe(0.7);
    });
  });

  it('shows the support share outside the health role once no cell is small', async () => {
    await withFixture(sql, async (tx, as) => {
      // Ten more in need and not reached: 7 of 20, 13 not reached: nothing below 5.
      for (let i = 1; i <= 10; i++) {
        await tx`insert into support.cases (commune_code, code, opened_on, needs, eligible)
                 values (${fixtureCommune}, ${`T8-more-${i}`}, '2025-05-01', '{social}', true)`;
      }
      await as('police');
      const r = await indicatorsOf(tx, 2025);
      const d = byCode(r, 'd');
      expect(d).toMatchObject({
        value: 0.35,
        numerator: 7,
        denominator: 20,
        dueCount: 13,
        status: 'behind',
        suppressed: true,
      });
      // March: 7 of 10 with 3 not reached, a small cell: hidden in the trend too.
      expect(trendOf(d, '2025-03')).toBeNull();
      expect(trendOf(d, '2025-05')).toBe(0.35);
    });
  });

  it('takes the current year as of today: on-track where the year so far should be', async () => {
    await withFixture(sql, async (tx, as) => {
      await as('culture');
      const r = await indicatorsOf(tx, 2026, { asOf: '2026-11-29' });
      expect(byCode(r, 'a')).toMatchObject({ value: 1, status: 'met' });
      expect(byCode(r, 'c')).toMatchObject({ value: 0, status: 'on-track' });
      expect(byCode(r, 'đ')).toMatchObject({ value: null, status: 'no-data' });
      expect(byCode(r, 'e')).toMatchObject({ value: 0, status: 'behind' });
      // Q1–Q3 ended: only A2's Q1 is electronic.
      expect(byCode(r, 'g')).toMatchObject({ numerator: 1, denominator: 6 });
      expect(byCode(r, 'b').trend).toHaveLength(11);
    });
  });

  it('refuses the fixture to a village head and the admin (the functions give them nothing)', async () => {
    await withFixture(sql, async (tx, as) => {
      for (const role of ['village', 'admin']) {
        await as(role);
        const r = await indicatorsOf(tx, 2025);
        expect(byCode(r, 'b').denominator).toBe(0);
        expect(byCode(r, 'đ').denominator).toBe(0);
        expect(r.charts.inspectionsByMonth.every((m) => m.scheduled + m.surprise === 0)).toBe(true);
      }
    });
  });
});

describe('the report numbers on the same fixture', () => {
  it('gives the year report the dashboard indicators and the period numbers', async () => {
    await withFixture(sql, async (tx, as) => {
      await as('health');
      const data = await reportData(tx, env, parsePeriod('2025'), now);
      const dashboard = await indicatorsOf(tx, 2025);
      expect(data.indicators).toEqual(dashboard.indicators);
      expect(data.commune).toEqual({
        code: fixtureCommune,
        name: 'Xã Thử Nghiệm',
        city: 'Hải Phòng',
      });
      expect(data.computedAt).toBe(now.toISOString());
      expect(data.businesses.byType.find((t) => t.type === 'karaoke')).toEqual({
        type: 'karaoke',
        active: 1,
        suspended: 0,
        closed: 1,
        total: 2,
      });
      expect(data.businesses.reviewed).toBe(3); // B1, B3 and B4 (found closed)
      expect(data.inspections).toMatchObject({
        total: 3,
        scheduled: 2,
        surprise: 1,
        withViolation: 2,
        fines: { count: 1, totalVnd: 5_000_000 },
      });
      expect(data.inspections.violationsByKind).toEqual([
        { kind: 'no-guest-register', count: 1 },
        { kind: 'over-hours', count: 1 },
        { kind: 'solicitation', count: 1 },
      ]);
      expect(data.inspections.measures).toEqual([
        { measure: 'closure', count: 1 },
        { measure: 'fine', count: 1 },
      ]);
      expect(data.tips).toEqual({
        received: 4,
        handled: 1,
        transferred: 1,
        unfounded: 0,
        open: 2,
        overdue: 2,
        handledShare: 0.5,
        byCategory: [{ category: 'nghi-mua-ban-dam', count: 4 }],
        byChannel: [{ channel: 'hotline', count: 4 }],
      });
      // Suppressed though the reader is health: 7 reached of 10, the 3 others hidden.
      expect(data.support).toMatchObject({
        eligible: 10,
        reached: 'hidden',
        share: null,
        opened: 11,
      });
      expect(data.support.byService.find((s) => s.service === 'health')?.connected).toBe(7);
      expect(data.trainings).toMatchObject({ officersTrained: 2, officersTotal: 4 });
      // Four sessions held in 2025, one by an officer since gone inactive.
      expect(data.trainings.courses).toHaveLength(4);
      expect(data.communication.activities.map((a) => a.heldOn)).toEqual([
        '2025-04-10',
        '2025-10-01',
      ]);
      expect(data.communication.reach).toBe(160);
      expect(data.onlineViolations).toEqual({
        found: 2,
        byKind: [
          { kind: 'advertising', count: 1 },
          { kind: 'brokering', count: 1 },
        ],
        takedownRequested: 2,
        removed: 1,
      });
      // The year has no report of its own: each agency's latest quarter (Q4, both electronic).
      expect(data.reporting.agencies.map((a) => [a.name, a.channel])).toEqual([
        ['Công an xã Thử', 'electronic'],
        ['Trạm Y tế xã Thử', 'electronic'],
      ]);
      expect(data.reporting.electronicShare).toBe(1);

      const summary = defaultSummary(data);
      expect(summary).toContain('Trong năm 2025');
      expect(summary).toContain('Tiếp nhận 4 tin báo');
      expect(summary).toContain('5.000.000 đồng');
      expect(summary).not.toMatch(/\b7\/10\b/);
    });
  });

  it('counts a quarter up to its last day, states as they were then', async () => {
    await withFixture(sql, async (tx, as) => {
      await as('health');
      const data = await reportData(tx, env, parsePeriod('2025-Q2'), now);
      // T2 (April, transferred 15 April) and T5 (June, classified, resolve deadline 21 June).
      expect(data.tips).toMatchObject({ received: 2, transferred: 1, open: 1, overdue: 1 });
      expect(data.indicators.find((i) => i.code === 'g')).toMatchObject({
        numerator: 3,
        denominator: 4,
      });
      expect(data.reporting.agencies.map((a) => a.channel)).toEqual(['electronic', null]);
      expect(data.communication.activities).toHaveLength(1);
      expect(data.inspections.total).toBe(0);
      expect(data.businesses.reviewed).toBe(1);
      await expect(
        reportData(tx, env, parsePeriod('2026-12'), new Date('2026-11-29T03:00:00Z')),
      ).rejects.toMatchObject({
        status: 400,
        code: 'future-period',
      });
    });
  });
});
