// The periods of a periodic report (báo cáo định kỳ): a month, a quarter, a half or a year.

import { DomainError } from '../domain-error';
import { firstIndicatorYear, lastIndicatorYear } from '../indicators/year-clock';
import { parseReportPeriod } from './period-code';
import type { ReportPeriod } from './report-types';

const badPeriod = () =>
  new DomainError(
    400,
    'bad-period',
    `Kỳ báo cáo không hợp lệ: dùng dạng 2026-03 (tháng), 2026-Q1 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm), trong các năm ${firstIndicatorYear}–${lastIndicatorYear}`,
  );

/**
 * "2026-03" (March), "2026-Q1" (first quarter), "2026-H1" / "2026-H2" (first / last six months)
 * or "2026" (the year); the year 2020–2035 (the web's own parser, period-code.ts).
 * Anything else: 400 bad-period.
 */
export function parsePeriod(code: string): ReportPeriod {
  const period = parseReportPeriod(code);
  if (!period) throw badPeriod();
  return period;
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
