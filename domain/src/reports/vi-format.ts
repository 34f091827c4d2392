// Numbers and dates as a Vietnamese document writes them: 1.234 and 93,5 %, dd/mm/yyyy, and
// the place-and-date line of Decree 30/2020/NĐ-CP (Appendix I, item 4).
import { vietnamClock } from '../clock/vietnam-day';
import { formatSafeCount, type SafeCount } from '../support/suppress';

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 1234 → "1.234". */
export const formatCount = (n: number): string => integer.format(n);

/** A count that may be suppressed: "<5", "ẩn" or the number. */
export const formatSafe = (n: SafeCount): string => formatSafeCount(n);

/** 0.935 → "93,5 %"; null (nothing to divide, or hidden) → "–". */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${oneDecimal.format(share * 100)} %`;
}

/** 12500000 → "12.500.000 đồng". */
export const formatVnd = (n: number): string => `${integer.format(n)} đồng`;

/** "2026-03-05" → "05/03/2026". */
export function formatDay(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** The calendar day and time in Vietnam of an instant. */
function vietnamParts(instant: Date): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const local = vietnamClock(instant);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** An instant as "08:15 ngày 05/04/2026" (Vietnam time). */
export function formatInstant(iso: string): string {
  const p = vietnamParts(new Date(iso));
  return `${two(p.hour)}:${two(p.minute)} ngày ${two(p.day)}/${two(p.month)}/${p.year}`;
}

/**
 * "ngày 05 tháng 4 năm 2026": the decree writes a leading zero for days below 10 and for
 * months 1 and 2 only ("tháng 02", but "tháng 4"), so nobody can add a digit in front later.
 */
export function documentDate(instant: Date): string {
  const p = vietnamParts(instant);
  const month = p.month <= 2 ? two(p.month) : String(p.month);
  return `ngày ${two(p.day)} tháng ${month} năm ${p.year}`;
}

/** An instant as "05/04/2026 08:15" (Vietnam time), for table cells. */
export function formatInstantShort(iso: string): string {
  const p = vietnamParts(new Date(iso));
  return `${two(p.day)}/${two(p.month)}/${p.year} ${two(p.hour)}:${two(p.minute)}`;
}
