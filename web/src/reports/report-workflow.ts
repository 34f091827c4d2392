import { reportSteps } from '@ntm/domain/reports/report-steps';
import type { PeriodicReport } from '@ntm/domain/reports/report-types';

// The report's workflow as the health station walks it: draft → reviewed → approved → sent,
// with a step back to draft before it is sent; a sent version is frozen, and the next one is a
// new version of the same period.

type State = PeriodicReport['state'];

/** The moves a version in this state may make, forward first. */
export function nextSteps(state: State): readonly State[] {
  return reportSteps[state];
}

/** A period's versions, newest first. */
export function versionsOf(reports: readonly PeriodicReport[], period: string): PeriodicReport[] {
  return reports.filter((r) => r.period === period).sort((a, b) => b.version - a.version);
}

/** A new version may start when there is none yet, or the newest has been sent. */
export function mayStartVersion(versions: readonly PeriodicReport[]): boolean {
  const [newest] = versions;
  return newest === undefined || newest.state === 'sent';
}

/** Who moved it to its state and when (the creator for a draft). */
export function lastStep(report: PeriodicReport): { by: string | null; at: string } {
  switch (report.state) {
    case 'sent':
      return { by: report.sentBy, at: report.sentAt ?? report.createdAt };
    case 'approved':
      return { by: report.approvedBy, at: report.approvedAt ?? report.createdAt };
    case 'reviewed':
      return { by: report.reviewedBy, at: report.reviewedAt ?? report.createdAt };
    default:
      return { by: report.createdBy, at: report.createdAt };
  }
}
