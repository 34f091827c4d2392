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
