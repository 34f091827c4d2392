import { addDays } from '@ntm/domain/seasons/iso-date';
import { tetDate } from '@ntm/domain/seasons/lunar-calendar';
import { seasonFactor } from '@ntm/domain/seasons/seasons';
import { Random } from '@ntm/solver/random';
import { describe, expect, it } from 'vitest';
import { type WeekCount, weeklyCounts, weeklyNoise } from './weekly-counts';

const period = { from: '2025-01-01', until: '2026-11-30' };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Weeks fully inside Tết ± 14 days, against the median full week of that year. */
function tetWeeksAgainstMedian(weeks: WeekCount[], year: number) {
  const full = weeks.filter((w) => w.days.length === 7 && w.weekStart.startsWith(String(year)));
  const tet = tetDate(year);
  const [from, to] = [addDays(tet, -14), addDays(tet, 14)];
  const inTet = full.filter((w) => w.weekStart >= from && addDays(w.weekStart, 6) <= to);
  return { inTet, yearMedian: median(full.map((w) => w.count)) };
}

describe('weeklyCounts', () => {
  it('starts on Mondays and covers every day of the period once', () => {
    const weeks = weeklyCounts(new Random(1), { ...period, basePerWeek: 3 });
    expect(weeks[0]?.weekStart).toBe('2024-12-30');
    const days = weeks.flatMap((w) => w.days);
    expect(days[0]).toBe('2025-01-01');
    expect(days[days.length - 1]).toBe('2026-11-30');
    expect(new Set(days).size).toBe(days.length);
    expect(days).toHaveLength(699);
  });

  it.each([42, 1, 2, 3, 2026])(
    'gives every week inside Tết at least 1.5 times the median week of its year (seed %i)',
    (seed) => {
      const weeks = weeklyCounts(new Random(seed), { ...period, basePerWeek: 3 });
      for (const year of [2025, 2026]) {
        const { inTet, yearMedian } = tetWeeksAgainstMedian(weeks, year);
        expect(inTet.length).toBeGreaterThanOrEqual(3);
        for (const week of inTet) expect(week.count).toBeGreaterThanOrEqual(1.5 * yearMedian);
      }
    },
  );

  it('keeps each week within ±25 % of base × mean season factor, before rounding', () => {
    const weeks = weeklyCounts(new Random(7), { ...period, basePerWeek: 40 });
    for (const week of weeks) {
      const mean = week.days.reduce((sum, day) => sum + seasonFactor(day), 0) / week.days.length;
      const expected = (40 * mean * week.days.length) / 7;
      expect(week.count).toBeGreaterThanOrEqual(Math.floor(expected * (1 - weeklyNoise)));
      expect(week.count).toBeLessThanOrEqual(Math.ceil(expected * (1 + weeklyNoise)));
    }
  });

  it('splits an exact total over the weeks when scaled, keeping the Tết rule', () => {
    const weeks = weeklyCounts(new Random(42), { ...period, basePerWeek: 3, total: 1_000_000 });
    expect(weeks.reduce((sum, w) => sum + w.count, 0)).toBe(1_000_000);
    for (const year of [2025, 2026]) {
      const { inTet, yearMedian } = tetWeeksAgainstMedian(weeks, year);
      for (const week of inTet) expect(week.count).toBeGreaterThanOrEqual(1.5 * yearMedian);
    }
  });
});
