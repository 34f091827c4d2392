import type { OpeningHours } from '@ntm/db/schema/businesses';
import { addDays } from '@ntm/domain/clock/vietnam-day';
import { clockSeconds, daySeconds, weekdayOf } from './plan-clock';

export type Window = [from: number, to: number];

/** Sorts and joins overlapping or touching intervals. */
export function mergeWindows(windows: readonly Window[]): Window[] {
  const sorted = [...windows].sort((a, b) => a[0] - b[0]);
  const merged: Window[] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/**
 * When an inspection of this premises may start during `span` (plan seconds, see
 * plan-clock.ts): inside its opening hours, starting early enough to finish
 * (`serviceSeconds`) before it closes. Hours of the day before count (a karaoke open until
 * 01:00 on Friday night is open at 00:30 on Saturday), as do the next day's (a shift past
 * midnight). An interval whose close is not after its open runs past midnight. Unknown hours
 * (null) mean any time in the span. An empty answer: closed for the whole span.
 */
export function openingWindows(
  hours: OpeningHours | null | undefined,
  date: string,
  span: Window,
  serviceSeconds: number,
): Window[] {
  if (!hours) return [[span[0], span[1]]];
  // Open intervals first, joined (a round-the-clock premises is open across midnight), then
  // cut to starts that finish before closing and to the span.
  const open: Window[] = [];
  for (const offset of [-1, 0, 1]) {
    const day = weekdayOf(addDays(date, offset));
    for (const [opens, closes] of hours[day] ?? []) {
      const from = clockSeconds(opens);
      let to = clockSeconds(closes);
      if (to <= from) to += daySeconds;
      open.push([from + offset * daySeconds, to + offset * daySeconds]);
    }
  }
  return mergeWindows(open).flatMap(([from, to]): Window[] => {
    const a = Math.max(span[0], from);
    const b = Math.min(span[1], to - serviceSeconds);
    return b >= a ? [[a, b]] : [];
  });
}
