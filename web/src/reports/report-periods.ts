import type { PeriodKind } from '@ntm/domain/reports/report-types';

// The periods a report covers, by their codes as the API takes them: "2026-03" (a month),
// "2026-Q1" (a quarter), "2026-H1" (six months), "2026" (the year). Dates are calendar days
// (YYYY-MM-DD) compared as strings.

export const periodKinds: readonly PeriodKind[] = ['month', 'quarter', 'half', 'year'];

export interface PeriodOption {
  code: string;
  kind: PeriodKind;
  year: number;
  /** Its number within the year: month 1–12, quarter 1–4, half 1–2, 1 for the year. */
  index: number;
  /** First and last day, inclusive. */
  from: string;
  to: string;
}

const months: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const perYear: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1 };
const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function periodOf(kind: PeriodKind, year: number, index: number): PeriodOption {
  const firstMonth = (index - 1) * months[kind] + 1;
  const lastMonth = firstMonth + months[kind] - 1;
  const code =
    kind === 'month'
      ? `${year}-${pad(index)}`
      : kind === 'quarter'
        ? `${year}-Q${index}`
        : kind === 'half'
          ? `${year}-H${index}`
          : String(year);
  return {
    code,
    kind,
    year,
    index,
    from: `${year}-${pad(firstMonth)}-01`,
    to: lastDay(year, lastMonth),
  };
}

/** The period a code names, or null for anything else. */
export function parsePeriod(code: string): PeriodOption | null {
  const match = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? periodOf('month', year, month) : null;
  }
  if (match[3] !== undefined) return periodOf('quarter', year, Number(match[3]));
  if (match[4] !== undefined) return periodOf('half', year, Number(match[4]));
  return periodOf('year', year, 1);
}

/** Every period of a kind in a year, in order. */
export function periodsOf(kind: PeriodKind, year: number): PeriodOption[] {
  return Array.from({ length: perYear[kind] }, (_, i) => periodOf(kind, year, i + 1));
}

/** A period has ended once its last day is behind `today`. */
export function periodEnded(period: PeriodOption, today: string): boolean {
  return period.to < today;
}

/** The latest period of a kind that has ended by `today` (in this year or the one before). */
export function lastEndedPeriod(kind: PeriodKind, today: string): PeriodOption {
  const year = Number(today.slice(0, 4));
  const ended = [...periodsOf(kind, year - 1), ...periodsOf(kind, year)].filter((p) =>
    periodEnded(p, today),
  );
  return ended.at(-1) ?? periodOf(kind, year - 1, perYear[kind]);
}

/** The page's period from its address (`?ky=2026-Q3`), else the last ended quarter. */
export function readReportPeriod(search: string, today: string): PeriodOption {
  const code = new URLSearchParams(search).get('ky');
  const period = code ? parsePeriod(code) : null;
  return period && period.from <= today ? period : lastEndedPeriod('quarter', today);
}
