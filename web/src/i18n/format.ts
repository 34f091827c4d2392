import { communeTimeZone } from '../format/opening-hours';
import { locale } from './i18n';

// Numbers and dates go through Intl with vi-VN (decimal comma, dot for thousands, d/m/yyyy).

const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat(locale, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
// Dates from the API are calendar dates ("YYYY-MM-DD"): read and shown in UTC so no time zone
// can move them a day.
const calendarDate = new Intl.DateTimeFormat(locale, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatInteger(value: number): string {
  return integer.format(value);
}

export function formatAreaKm2(value: number): string {
  return twoDecimals.format(value);
}

/** "2026-03-05" → "05/03/2026"; anything that does not start with a date is returned as is. */
export function formatCalendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return calendarDate.format(new Date(Date.UTC(year, month - 1, day)));
}

// Clock times are the commune's (everyone who signs in works there), whatever the device says.
const clockTime = new Intl.DateTimeFormat(locale, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: communeTimeZone,
});
const communeDate = new Intl.DateTimeFormat(locale, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: communeTimeZone,
});
const communeDateTime = new Intl.DateTimeFormat(locale, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: communeTimeZone,
});
const unitFormats = {
  second: new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }),
  minute: new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
  hour: new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
};
const unitList = new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' });

/** "14:05" in the commune's time. */
export function formatClockTime(at: Date): string {
  return clockTime.format(at);
}

/**
 * Seconds → whole minutes, to the nearest (half a minute up): the one rounding of planned
 * times, so the planner, the printed sheet, the phone and the schedule say the same minute.
 * The API's instants carry whole seconds (route-plans/plan-clock.ts), so the seconds are
 * made whole first: 77,849.6 s is 77,850 s there, which is 21:37:30 and rounds up to 21:38.
 */
export function nearestMinute(seconds: number): number {
  return Math.round(Math.round(seconds) / 60);
}

/** A planned instant (ISO 8601) → "19:16" in the commune's time, to the nearest minute. */
export function formatPlannedClock(iso: string): string {
  return clockTime.format(new Date(nearestMinute(Date.parse(iso) / 1000) * 60_000));
}

/** "05/03/2026" in the commune's time; also tells whether two instants fall on the same day. */
export function formatCommuneDate(at: Date): string {
  return communeDate.format(at);
}

/** "14:05:09 05/03/2026" (vi-VN order) in the commune's time; for audit entries and logins. */
export function formatCommuneDateTime(at: Date): string {
  return communeDateTime.format(at);
}

/**
 * How long to wait, rounded up so nobody is told to retry too early: "45 giây", "15 phút",
 * "1 giờ 5 phút".
 */
export function formatWait(durationSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(durationSeconds));
  if (seconds < 60) return unitFormats.second.format(seconds);
  const totalMinutes = Math.ceil(seconds / 60);
  if (totalMinutes < 60) return unitFormats.minute.format(totalMinutes);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts = [unitFormats.hour.format(hours)];
  if (minutes > 0) parts.push(unitFormats.minute.format(minutes));
  return unitList.format(parts);
}

/** A file's size: "3 kB" under a megabyte (never 0), else "4,2 MB". */
export function formatFileSize(bytes: number): string {
  const format = (value: number, unit: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  return bytes < 1048576
    ? format(Math.max(1, Math.ceil(bytes / 1024)), 'kilobyte')
    : format(bytes / 1048576, 'megabyte');
}

// A plan's day with its weekday, as on a printed order: "Thứ Hai, 30/11/2026" (a calendar date,
// read in UTC like formatCalendarDate).
const dayWithWeekday = new Intl.DateTimeFormat(locale, {
  weekday: 'long',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const kilometres = new Intl.NumberFormat(locale, {
  style: 'unit',
  unit: 'kilometer',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** "2026-11-30" → "Thứ Hai, 30/11/2026"; anything else is returned as is. */
export function formatDayWithWeekday(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return dayWithWeekday.format(new Date(Date.UTC(year, month - 1, day)));
}

/** 12345 m → "12,3 km". */
export function formatDistanceKm(distanceMeters: number): string {
  return kilometres.format(distanceMeters / 1000);
}
