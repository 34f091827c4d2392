import { type IndicatorCode, indicatorCodes } from '@ntm/domain/indicators/types';

// The dashboard's state in its address, so a drill-down can be shared and reloaded:
// /chi-tieu?nam=2026&chi-tieu=%C4%91 (đ, URL-encoded). The year defaults to this year; an
// unknown code or year is ignored rather than refused (an old link still opens the page).

/** The first year the API computes indicators for (its firstIndicatorYear). */
export const firstPlanYear = 2020;

export interface IndicatorQuery {
  year: number;
  code: IndicatorCode | null;
}

export function readIndicatorQuery(search: string, thisYear: number): IndicatorQuery {
  const params = new URLSearchParams(search);
  const year = Number(params.get('nam'));
  const code = params.get('chi-tieu');
  const validYear = Number.isInteger(year) && year >= firstPlanYear && year <= thisYear;
  return {
    year: validYear ? year : thisYear,
    code: indicatorCodes.find((c) => c === code) ?? null,
  };
}

export function indicatorPath(query: IndicatorQuery): string {
  const params = new URLSearchParams({ nam: String(query.year) });
  if (query.code) params.set('chi-tieu', query.code);
  return `/chi-tieu?${params}`;
}
