// The numbers of a periodic report (báo cáo định kỳ) for one period: what the JSON format
// returns, what CSV/XLSX tabulate and DOCX writes out, and what a sent report freezes.
// Contract for issue #8: the report data (domain/src/reports/report-data.ts) fills it, the
// renderers (docx, xlsx, csv) and the web page read it.
import type { PeriodicReportRow } from '@ntm/db/queries/periodic-reports';
import type { Indicator } from '../indicators/types';
import type { SafeCount } from '../support/suppress';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface ReportPeriod {
  /** "2026-03", "2026-Q1", "2026-H1" or "2026". */
  code: string;
  kind: PeriodKind;
  /** First and last day, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  /** In words, as the title uses it: "tháng 3 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
  label: string;
}

export interface ReportNarrative {
  /** Tình hình chung: prefilled from the numbers, edited by the health station. */
  summary: string;
  difficulties: string;
  proposals: string;
}

export interface VillageBreakdown {
  /** The day whose villages are shown. */
  villagesOn: string;
  /** The map's version: its start (null: since before the app knew) and end (null: in force). */
  versionFrom: string | null;
  versionTo: string | null;
  rows: {
    /** Null: premises outside every village of the day. */
    village: string | null;
    businesses: number;
    inspections: number;
    withViolation: number;
  }[];
}

export interface ReportData {
  period: ReportPeriod;
  commune: { code: string; name: string; city: string };
  /** When the numbers were taken (ISO instant). A sent report keeps the one it was sent with. */
  computedAt: string;
  /** The plan's indicators for the year of the period, up to the period's last day. */
  indicators: Indicator[];
  businesses: {
    byType: { type: string; active: number; suspended: number; closed: number; total: number }[];
    /** Premises registered in the period, and reviewed in it (indicator b). */
    added: number;
    reviewed: number;
    /**
     * Per village of the map valid on the period's last day counted (2024: the villages before
     * the merger of 1 July 2025): premises in the registry, inspections and those with a
     * violation. Absent from reports sent before dated boundaries existed.
     */
    byVillage?: VillageBreakdown;
  };
  inspections: {
    total: number;
    scheduled: number;
    surprise: number;
    withViolation: number;
    byType: { type: string; inspections: number; violations: number }[];
    violationsByKind: { kind: string; count: number }[];
    measures: { measure: string; count: number }[];
    fines: { count: number; totalVnd: number };
  };
  tips: {
    received: number;
    handled: number;
    transferred: number;
    unfounded: number;
    open: number;
    overdue: number;
    /** (handled + transferred + unfounded) ÷ received; null when none received. */
    handledShare: number | null;
    byCategory: { category: string; count: number }[];
    byChannel: { channel: string; count: number }[];
  };
  /** Always suppressed: a report leaves the health role. */
  support: {
    eligible: SafeCount;
    reached: SafeCount;
    share: number | null;
    opened: SafeCount;
    byService: { service: string; connected: SafeCount }[];
  };
  trainings: {
    courses: { course: string; heldOn: string; attendees: number }[];
    officersTrained: number;
    officersTotal: number;
  };
  communication: {
    activities: {
      heldOn: string;
      title: string;
      placeName: string;
      audience: string;
      reach: number;
    }[];
    reach: number;
  };
  onlineViolations: {
    found: number;
    byKind: { kind: string; count: number }[];
    takedownRequested: number;
    removed: number;
  };
  reporting: {
    agencies: {
      name: string;
      channel: 'electronic' | 'paper' | null;
      submittedAt: string | null;
    }[];
    electronicShare: number | null;
  };
}

/** A report record as the workflow sees it: the stored row, its narrative filled in. */
export type PeriodicReport = Omit<PeriodicReportRow, 'narrative'> & { narrative: ReportNarrative };
