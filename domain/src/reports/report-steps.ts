import type { PeriodicReport } from './report-types';

type State = PeriodicReport['state'];

/**
 * The report's workflow, each state's moves forward first: the health station drafts, reviews
 * and approves; sending freezes the numbers. Reviewed or approved may go back to draft for
 * changes; a sent report never changes (the next one is a new version of the same period).
 */
export const reportSteps: Record<State, readonly State[]> = {
  draft: ['reviewed'],
  reviewed: ['approved', 'draft'],
  approved: ['sent', 'draft'],
  sent: [],
};
