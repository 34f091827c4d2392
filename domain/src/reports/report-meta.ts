import { plainFileName } from '../files/plain-file-name';
import type { PeriodicReport, ReportNarrative } from './report-types';

/** What a rendered report says besides its numbers: its record (if any), its words, its date. */
export interface ReportMeta {
  /** The workflow record; null when nobody has started one for the period (a live draft). */
  report: PeriodicReport | null;
  narrative: ReportNarrative;
  /** The day the document is dated: when it was sent, or when it is rendered. */
  issuedAt: Date;
}

/** The record's date for a sent report, else the moment of rendering. */
export function reportMeta(
  report: PeriodicReport | null,
  narrative: ReportNarrative,
  now: Date,
): ReportMeta {
  return { report, narrative, issuedAt: report?.sentAt ? new Date(report.sentAt) : now };
}

/** Not yet approved: the document says "DỰ THẢO". */
export const isDraft = (meta: ReportMeta): boolean =>
  meta.report === null || meta.report.state === 'draft' || meta.report.state === 'reviewed';

/**
 * Who signs: the one who approved it, once approved, by name only (an account's display name
 * may carry the post after a dash, "Bùi Xuân Long – Trạm trưởng Trạm Y tế"; the signature
 * block has the post above the name already).
 */
export const signerOf = (meta: ReportMeta): string | null => {
  const approvedBy = isDraft(meta) ? null : (meta.report?.approvedBy ?? null);
  return approvedBy === null ? null : (approvedBy.split(/\s+[–—-]\s+/)[0] ?? approvedBy);
};

/**
 * The file name of a download, by the app's one rule (files/plain-file-name.ts):
 * "bao-cao-2026-Q1-v2.docx"; a period without a record yet is "du-thao".
 */
export function reportFileName(period: string, version: number | null, extension: string) {
  const version_ = version === null ? 'dự thảo' : `v${version}`;
  return plainFileName(`báo cáo ${period} ${version_}.${extension}`);
}
