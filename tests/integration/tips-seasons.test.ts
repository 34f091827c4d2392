import { addDays, epochDayOf } from '@ntm/domain/seasons/iso-date';
import { tetDate } from '@ntm/domain/seasons/lunar-calendar';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const { sql } = testApp();

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Tips per ISO week (Monday start, Vietnam time) of a year, weeks with no tips counted as 0. */
async function weeklyCounts(year: number) {
  const rows = await sql<{ week: string; n: number }[]>`
    select to_char(date_trunc('week', received_at at time zone 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD') as week,
           count(*)::int as n
    from tips
    where received_at >= ${`${year}-01-01T00:00:00+07:00`} and received_at < ${`${year + 1}-01-01T00:00:00+07:00`}
    group by 1`;
  return new Map(rows.map((r) => [r.week, r.n]));
}

describe('demo tips follow the seasons', () => {
  it.each([2025, 2026])(
    'every week inside the Tết window of %i has ≥ 1.5× the median week',
    async (year) => {
      const counts = await weeklyCounts(year);
      // Every Monday of the year, so quiet weeks count as zero in the median.
      const mondays: string[] = [];
      for (let d = `${year}-01-01`; d < `${year + 1}-01-01`; d = addDays(d, 1)) {
        if (new Date(`${d}T00:00:00Z`).getUTCDay() === 1) mondays.push(d);
      }
      const yearMedian = median(mondays.map((m) => counts.get(m) ?? 0));
      expect(yearMedian).toBeGreaterThan(0);
      const tet = tetDate(year);
      const windowFrom = epochDayOf(addDays(tet, -14));
      const windowTo = epochDayOf(addDays(tet, 14));
      const tetWeeks = mondays.filter(
        (m) => epochDayOf(m) >= windowFrom && epochDayOf(m) + 6 <= windowTo,
      );
      expect(tetWeeks.length).toBeGreaterThanOrEqual(3);
      for (const week of tetWeeks)
        expect(counts.get(week) ?? 0).toBeGreaterThanOrEqual(1.5 * yearMedian);
    },
  );
});
