// zod-only and pure: safe to import from the web bundle.
import { firstModelYear, lastModelYear } from '../clock/vietnam-day';
import type { PeriodKind, ReportPeriod } from './report-types';

const romanQuarters = ['I', 'II', 'III', 'IV'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of a month (month 1–12), 'YYYY-MM-DD'. */
const lastDayOf = (year: number, month: number) =>
  `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/**
 * A report period from its code: "2026-03" (month), "2026-Q1" (quarter), "2026-H1" (half year)
 * or "2026" (year), with its first and last day (inclusive) and its name in words; null for
 * anything else, or a year outside 2020–2035.
 */
export function parseReportPeriod(code: string): ReportPeriod | null {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4])|-H([12]))?$/.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < firstModelYear || year > lastModelYear) return null;
  let kind: PeriodKind;
  let first: number;
  let last: number;
  let label: string;
  if (m[2]) {
    kind = 'month';
    first = last = Number(m[2]);
    label = `tháng ${first} năm ${year}`;
  } else if (m[3]) {
    kind = 'quarter';
    const q = Number(m[3]);
    first = q * 3 - 2;
    last = q * 3;
    label = `quý ${romanQuarters[q - 1]} năm ${year}`;
  } else if (m[4]) {
    kind = 'half';
    const h = Number(m[4]);
    first = h === 1 ? 1 : 7;
    last = h === 1 ? 6 : 12;
    label = h === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
  } else {
    kind = 'year';
    first = 1;
    last = 12;
    label = `năm ${year}`;
  }
  return { code, kind, from: `${year}-${pad(first)}-01`, to: lastDayOf(year, last), label };
}
