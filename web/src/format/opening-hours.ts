import { type DayKey, dayKeys, type OpeningHours, type TimeRange } from '../api/geo-types';

// Opening hours as the API sends them: per weekday a list of ["HH:MM", "HH:MM"] ranges in the
// commune's local time. A close at or before its open runs past midnight into the next day
// (["22:00", "02:00"]); ["00:00", "24:00"] is all day; [] is closed that day.

export const communeTimeZone = 'Asia/Ho_Chi_Minh';
const minutesPerDay = 24 * 60;

export type RangeDescription =
  | { kind: 'all-day' }
  | { kind: 'same-day'; from: string; to: string }
  | { kind: 'overnight'; from: string; to: string };

/** "14:30" → 870. */
export function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

function runsPastMidnight([open, close]: TimeRange): boolean {
  return minutesOf(close) <= minutesOf(open);
}

export function describeRange(range: TimeRange): RangeDescription {
  const [from, to] = range;
  if (minutesOf(from) === 0 && minutesOf(to) === minutesPerDay) return { kind: 'all-day' };
  return runsPastMidnight(range) ? { kind: 'overnight', from, to } : { kind: 'same-day', from, to };
}

/** The ranges of one day in opening order; an empty list means closed all day. */
export function describeDay(ranges: readonly TimeRange[]): RangeDescription[] {
  return [...ranges].sort((a, b) => minutesOf(a[0]) - minutesOf(b[0])).map(describeRange);
}

export interface WeekTime {
  day: DayKey;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const weekdayOf: Record<string, DayKey> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

const localParts = new Intl.DateTimeFormat('en-US', {
  timeZone: communeTimeZone,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The weekday and clock time in the commune (UTC+7) at an instant, wherever the viewer is. */
export function communeWeekTime(instant: Date): WeekTime {
  const parts = Object.fromEntries(localParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const day = weekdayOf[parts.weekday ?? ''] ?? 'mon';
  return { day, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

function previousDay(day: DayKey): DayKey {
  const index = dayKeys.indexOf(day);
  return dayKeys[(index + dayKeys.length - 1) % dayKeys.length] ?? 'sun';
}

/** Open at that time, counting last night's ranges that run past midnight into today. */
export function isOpenAt(hours: OpeningHours, { day, minutes }: WeekTime): boolean {
  const today = hours[day].some((range) => {
    const open = minutesOf(range[0]);
    const close = minutesOf(range[1]);
    return runsPastMidnight(range) ? minutes >= open : minutes >= open && minutes < close;
  });
  if (today) return true;
  return hours[previousDay(day)].some(
    (range) => runsPastMidnight(range) && minutes < minutesOf(range[1]),
  );
}
