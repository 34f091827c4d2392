// The periods of a periodic report (báo cáo định kỳ): a month, a quarter, a half or a year.

import { firstIndicatorYear, lastDayOfMonth, lastIndicatorYear } from '../indicators/year-clock';
import { ApiError } from '../lib/api-error';
import type { ReportPeriod } from './report-types';

const romans = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');

const badPeriod = () =>
  new ApiError(
    400,
    'bad-period',
    `Kỳ báo cáo không hợp lệ: dùng dạng 2026-03 (tháng), 2026-Q1 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm), trong các năm ${firstIndicatorYear}–${lastIndicatorYear}`,
  );

/**
 * "2026-03" (March), "2026-Q1" (first quarter), "2026-H1" / "2026-H2" (first / last six months)
 * or "2026" (the year); the year 2020–2035. Anything else: 400 bad-period.
 */
export function parsePeriod(code: string): ReportPeriod {
  const match = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/.exec(code);
  if (!match) throw badPeriod();
  const year = Number(match[1]);
  if (year < firstIndicatorYear || year > lastIndicatorYear) throw badPeriod();
  const span = (first: number, last: number) => ({
    from: `${year}-${pad(first)}-01`,
    to: lastDayOfMonth(year, last),
  });
  if (match[2]) {
    const month = Number(match[2]);
    return { code, kind: 'month', ...span(month, month), label: `tháng ${month} năm ${year}` };
  }
  if (match[3]) {
    const q = Number(match[3]);
    return {
      code,
      kind: 'quarter',
      ...span(q * 3 - 2, q * 3),
      label: `quý ${romans[q - 1]} năm ${year}`,
    };
  }
  if (match[4]) {
    const h = Number(match[4]);
    return {
      code,
      kind: 'half',
      ...span(h * 6 - 5, h * 6),
      label: `6 tháng ${h === 1 ? 'đầu' : 'cuối'} năm ${year}`,
    };
  }
  return { code, kind: 'year', ...span(1, 12), label: `năm ${year}` };
}

/** The year a period lies in. */
export const periodYear = (period: ReportPeriod) => Number(period.from.slice(0, 4));

/**
 * The codes under which agencies may have sent their report for the period, best first: its
 * own, then the quarters it spans or the quarter that holds it, latest first.
 */
export function submissionCodes(period: ReportPeriod): string[] {
  const year = periodYear(period);
  const firstQ = Math.ceil(Number(period.from.slice(5, 7)) / 3);
  const lastQ = Math.ceil(Number(period.to.slice(5, 7)) / 3);
  const quarters: string[] = [];
  for (let q = lastQ; q >= firstQ; q--) quarters.push(`${year}-Q${q}`);
  return [period.code, ...quarters.filter((c) => c !== period.code)];
}
