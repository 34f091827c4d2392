// How many tips (or inspections) fall in each ISO week: the week's base count times the mean
// season factor of its days, with bounded noise. With `total` set (for --scale) the same
// weights split exactly that many records over the weeks.

import { addDays, isoWeekdayOf } from '@ntm/domain/seasons/iso-date';
import { seasonFactor } from '@ntm/domain/seasons/seasons';
import type { Random } from '@ntm/solver/random';
import { apportion } from './apportion';

export type WeekCount = {
  /** Monday of the ISO week, 'YYYY-MM-DD'. */
  weekStart: string;
  /** The week's days inside [from, until], in order. */
  days: string[];
  count: number;
};

/** At most this much above or below the seasonal expectation. */
export const weeklyNoise = 0.25;

export function weeklyCounts(
  random: Random,
  options: { from: string; until: string; basePerWeek: number; total?: number },
): WeekCount[] {
  const weeks: Array<{ weekStart: string; days: string[]; weight: number }> = [];
  let weekStart = addDays(options.from, 1 - isoWeekdayOf(options.from));
  while (weekStart <= options.until) {
    const days: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const day = addDays(weekStart, i);
      if (day >= options.from && day <= options.until) days.push(day);
    }
    const meanFactor = days.reduce((sum, day) => sum + seasonFactor(day), 0) / days.length;
    const noise = random.range(-weeklyNoise, weeklyNoise);
    weeks.push({ weekStart, days, weight: (meanFactor * (1 + noise) * days.length) / 7 });
    weekStart = addDays(weekStart, 7);
  }
  const counts =
    options.total === undefined
      ? weeks.map(({ weight }) => Math.round(options.basePerWeek * weight))
      : apportion(
          options.total,
          weeks.map(({ weight }) => weight),
        );
  return weeks.map(({ weekStart: start, days }, i) => ({
    weekStart: start,
    days,
    count: counts[i] as number,
  }));
}
