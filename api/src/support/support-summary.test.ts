import type { SupportCountsRow } from '@ntm/db/queries/support';
import { describe, expect, it } from 'vitest';
import { buildSupportSummary } from './support-summary';

const villages = [
  { id: 1, name: 'Thôn A' },
  { id: 2, name: 'Thôn B' },
  { id: 3, name: 'Thôn C' },
];
const period = { year: 2031, from: '2031-01-01', until: '2031-12-31' };
const row = (villageId: number | null, opened: number, extra: Partial<SupportCountsRow> = {}) => ({
  villageId,
  opened,
  eligible: opened,
  reached: 0,
  connectedByService: {},
  ...extra,
});

describe('buildSupportSummary', () => {
  it('gives every village a cell and keeps the exact numbers for health', () => {
    const summary = buildSupportSummary(
      [row(1, 3, { reached: 2, connectedByService: { health: 2 } }), row(null, 1)],
      villages,
      period,
      true,
    );
    expect(summary.suppressed).toBe(false);
    expect(summary.byVillage.cells.map((c) => c.count)).toEqual([3, 0, 0, 1]);
    expect(summary.byVillage.cells[3]?.key).toEqual({ id: null, name: 'Chưa rõ thôn' });
    expect(summary.byVillage.total).toBe(4);
    expect(summary.byService.cells.find((c) => c.key === 'health')?.count).toBe(2);
    expect(summary.indicator).toEqual({ part: 2, whole: 4, share: 0.5, target: 0.8 });
  });

  it('hides 3 cases in one village beside 40 elsewhere, with a second cell', () => {
    const summary = buildSupportSummary(
      [row(1, 3), row(2, 30), row(3, 10)],
      villages,
      period,
      false,
    );
    expect(summary.suppressed).toBe(true);
    expect(summary.byVillage.cells.map((c) => c.count)).toEqual(['<5', 30, 'hidden']);
    expect(summary.byVillage.total).toBe(43);
  });

  it('hides the share of indicator d when the rest is small', () => {
    const summary = buildSupportSummary([row(1, 20, { reached: 18 })], villages, period, false);
    expect(summary.indicator.share).toBeNull();
    expect(summary.indicator.whole).toBe(20);
  });
});
