import type { SupportCase } from '../api/support-client';

export interface YearBreakdown {
  /** Cases opened from `from` to `until` (the card "Hồ sơ mở mới trong năm"). */
  openedInYear: number;
  /** Cases in need and qualifying that were open at some time in [from, until] (indicator d's whole). */
  eligible: number;
  /** Of those, opened in the year and opened before it (still followed in the year). */
  eligibleOpenedInYear: number;
  eligibleCarriedOver: number;
}

/**
 * How the year's support figures are made, from the health station's own case list, counted as
 * ntm_support_counts counts them: a case belongs to the year when it was open at some time in it
 * (opened by `until`, not closed before `from`), so the cases in need and qualifying include those
 * opened in earlier years and still followed, and may be more than the cases opened in the year.
 */
export function yearBreakdown(
  cases: readonly Pick<SupportCase, 'openedOn' | 'closedOn' | 'eligible'>[],
  from: string,
  until: string,
): YearBreakdown {
  const inYear = cases.filter(
    (c) => c.openedOn <= until && (c.closedOn === null || c.closedOn >= from),
  );
  const eligible = inYear.filter((c) => c.eligible);
  const eligibleOpenedInYear = eligible.filter((c) => c.openedOn >= from).length;
  return {
    openedInYear: inYear.filter((c) => c.openedOn >= from).length,
    eligible: eligible.length,
    eligibleOpenedInYear,
    eligibleCarriedOver: eligible.length - eligibleOpenedInYear,
  };
}
