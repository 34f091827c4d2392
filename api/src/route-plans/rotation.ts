// Rotation (issue #7, unpredictability): a premises planned in the rounds of the last
// `rotationDays` days should not be visited at the same hour again, or a bar owner learns when
// the team comes. The rule: each earlier planned start, taken as a time of day, bars a band of
// ±`rotationBandSeconds` around that time of day from the premises' windows in the new plan.
// When nothing would be left, the windows stay as they were (better the same hour than not
// at all) and the premises is not counted as rotated. Moving starts also changes the order in
// which a team meets its premises.

import type { Window } from './opening-windows';
import { daySeconds, planSecondsOf } from './plan-clock';

export const rotationDays = 14;
export const rotationBandSeconds = 45 * 60;

/** `windows` minus the bands around each earlier start (seconds of the day, 0–86,400). */
export function avoidEarlierHours(
  windows: readonly Window[],
  earlierTimesOfDay: readonly number[],
  band = rotationBandSeconds,
): { windows: Window[]; rotated: boolean } {
  if (earlierTimesOfDay.length === 0) return { windows: [...windows], rotated: false };
  // Each time of day on the day before, the plan's day and the next (overnight shifts).
  const bars = earlierTimesOfDay.flatMap((t) =>
    [-1, 0, 1].map((d) => [t + d * daySeconds - band, t + d * daySeconds + band] as Window),
  );
  let left: Window[] = windows.map((w) => [w[0], w[1]]);
  for (const [a, b] of bars) {
    left = left.flatMap(([x, y]): Window[] => {
      if (b < x || a > y) return [[x, y]];
      const parts: Window[] = [];
      if (a > x) parts.push([x, a]);
      if (b < y) parts.push([b, y]);
      return parts;
    });
  }
  if (left.length === 0) return { windows: [...windows], rotated: false };
  const length = (ws: readonly Window[]) => ws.reduce((sum, [x, y]) => sum + (y - x), 0);
  return { windows: left, rotated: length(left) < length(windows) };
}

/** Earlier planned starts (instants) as times of day on the plan's clock, by business. */
export function earlierTimesOfDay(
  date: string,
  earlier: ReadonlyArray<{ businessId: number; plannedStart: Date | string }>,
): Map<number, number[]> {
  const times = new Map<number, number[]>();
  for (const e of earlier) {
    const seconds = planSecondsOf(date, new Date(e.plannedStart));
    const list = times.get(e.businessId) ?? [];
    list.push(((seconds % daySeconds) + daySeconds) % daySeconds);
    times.set(e.businessId, list);
  }
  return times;
}
