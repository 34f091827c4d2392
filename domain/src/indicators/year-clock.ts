// The calendar of an indicator year: the day the numbers are taken for, the months and quarters
// gone by then, and the instants (Vietnam time, UTC+7) that bound them. Pure.

import { addDays, firstModelYear, lastModelYear, vietnamToday } from '../clock/vietnam-day';
import { DomainError } from '../domain-error';

export const firstIndicatorYear = firstModelYear;
export const lastIndicatorYear = lastModelYear;

/** The first instant of a Vietnam calendar day, as an ISO string with its offset. */
export const startOfDay = (day: string) => `${day}T00:00:00+07:00`;

/** The first instant after a Vietnam calendar day. */
export const endOfDay = (day: string) => startOfDay(addDays(day, 1));

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1–12), 'YYYY-MM-DD'. */
export const lastDayOfMonth = (year: number, month: number) =>
  `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/**
 * The day the indicators of `year` are taken for: today (Vietnam time) for the current year,
 * 31 December for a past one. A future year, or one outside 2020–2035, is refused (400).
 */
export function indicatorAsOf(year: number, now: Date): string {
  if (!Number.isInteger(year) || year < firstIndicatorYear || year > lastIndicatorYear) {
    throw new DomainError(
      400,
      'bad-year',
      `Chỉ tính chỉ tiêu cho các năm ${firstIndicatorYear}–${lastIndicatorYear}`,
    );
  }
  const today = vietnamToday(now);
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) {
    throw new DomainError(400, 'future-year', `Năm ${year} chưa bắt đầu: chưa có số liệu`);
  }
  return year < thisYear ? `${year}-12-31` : today;
}

/** The earlier of two days. */
export const earlierDay = (a: string, b: string) => (a < b ? a : b);

/** How far through its year a day is: 1 January is 1/365, 31 December 1. */
export function yearFraction(day: string): number {
  const year = Number(day.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return ((Date.parse(`${day}T00:00:00Z`) - start) / 86_400_000 + 1) / days;
}

/** The months of the year up to the month of `asOf`, each with the day its numbers stop. */
export function monthsUpTo(asOf: string): { month: string; until: string }[] {
  const year = Number(asOf.slice(0, 4));
  const last = Number(asOf.slice(5, 7));
  return Array.from({ length: last }, (_, i) => ({
    month: `${year}-${pad(i + 1)}`,
    until: earlierDay(lastDayOfMonth(year, i + 1), asOf),
  }));
}

/** The quarters (1–4) of the year that have ended on or before `asOf`. */
export function quartersEnded(asOf: string): number[] {
  const year = Number(asOf.slice(0, 4));
  return [1, 2, 3, 4].filter((q) => lastDayOfMonth(year, q * 3) <= asOf);
}

/** The last day of a quarter ('YYYY-MM-DD'). */
export const quarterEnd = (year: number, q: number) => lastDayOfMonth(year, q * 3);

const romans = ['I', 'II', 'III', 'IV'] as const;

/** "I" … "IV". */
export const quarterRoman = (q: number) => romans[q - 1] as string;

/** The instant the numbers are taken at: the end of `asOf`, or now if that is earlier. */
export const instantOf = (asOf: string, now: Date) =>
  new Date(Math.min(Date.parse(endOfDay(asOf)) - 1, now.getTime()));

/** dd/mm/yyyy, as Vietnamese documents write a day. */
export const viDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** The Vietnam calendar day of an instant. */
export const dayOf = (at: Date | string) =>
  vietnamToday(typeof at === 'string' ? new Date(at) : at);
