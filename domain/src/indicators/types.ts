// The shape of GET /api/indicators?year= (ARCHITECTURE.md §3), shared by the API, the web
// dashboard and the periodic report. Contract for issue #8: change it only with all three.
import type { SafeCount } from '../support/suppress';

export const indicatorCodes = ['a', 'b', 'c', 'd', 'đ', 'e', 'g'] as const;
export type IndicatorCode = (typeof indicatorCodes)[number];

/**
 * met: at or above target. on-track: below target but where the year so far should be (for the
 * yearly tallies b, c, e the target is prorated by the days gone). behind: below that.
 * no-data: nothing to measure yet (no tip received, no report due yet).
 */
export type IndicatorStatus = 'met' | 'on-track' | 'behind' | 'no-data';

/** One thing the drill-down lists as missing: a tip not yet handled, an officer not trained … */
export interface DueItem {
  kind: 'plan' | 'business' | 'communication' | 'support' | 'tip' | 'officer' | 'agency';
  /** The record's id where the reader may open it; null for an aggregate line. */
  id: number | null;
  /** What it is, in Vietnamese: "Tin báo số 123", "Karaoke Hoa Mai (Thôn Phù Tải)" … */
  label: string;
  /** Why it is listed: "Quá hạn xử lý từ 12/03/2026", "Chưa rà soát trong năm 2026" … */
  note: string;
  /** Dates that matter to it (YYYY-MM-DD), e.g. received and deadline for a tip. */
  since?: string;
  deadline?: string;
  overdue?: boolean;
}

export interface Indicator {
  code: IndicatorCode;
  /** The plan's wording, shortened: "Tin báo được tiếp nhận, phân loại, xử lý hoặc chuyển" */
  name: string;
  /** done: value 1 or 0. share: value 0–1. count: value a whole number. */
  kind: 'done' | 'share' | 'count';
  /** null when there is nothing to measure or (support, outside the health role) it is hidden. */
  value: number | null;
  target: number;
  status: IndicatorStatus;
  /** The counts behind a share or count; support counts may be "<5" or "hidden". */
  numerator: SafeCount | null;
  denominator: SafeCount | null;
  /** Month by month through the year so far (cumulative from 1 January), "2026-01" … */
  trend: { month: string; value: number | null }[];
  /** The drill-down: what is missing for the target, most urgent first. */
  due: DueItem[];
  /** How many are missing in all (due may be cut to the first 200). */
  dueCount: SafeCount;
  /** True when numbers here were suppressed for the reader's role (indicator d). */
  suppressed: boolean;
}

export interface IndicatorCharts {
  /** Inspections recorded per month, with the seasons to shade behind them. */
  inspectionsByMonth: { month: string; scheduled: number; surprise: number; violations: number }[];
  seasons: { key: string; name: string; from: string; to: string }[];
  /** Tips (duplicates counted once) that reached each stage in the year, in workflow order. */
  tipFunnel: { stage: 'received' | 'verified' | 'classified' | 'resolved'; count: number }[];
  /** Tips by the state they are in now. */
  tipsByStatus: { status: string; count: number }[];
  /** Recorded inspections and those with a violation, per business type. */
  violationsByType: { type: string; inspections: number; violations: number }[];
  /** Share of the tips received in each month that are resolved by now (0–1, null if none). */
  handledRateByMonth: { month: string; received: number; resolved: number; share: number | null }[];
}

export interface IndicatorsResponse {
  year: number;
  /** The day the numbers were computed for (today, or 31 December of a past year). */
  asOf: string;
  indicators: Indicator[];
  charts: IndicatorCharts;
}
