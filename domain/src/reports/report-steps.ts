import type { PeriodicReport } from './report-types';

type State = PeriodicReport['state'];

/**
 * A report's workflow, one table for the API that enforces it and the web that offers it: the
 * health station drafts, reviews and approves; sending freezes the numbers. Reviewed or
 * approved may go back to draft for changes; a sent report never changes. Forward moves first.
 */
export const reportSteps: Record<State, readonly State[]> = {
  draft: ['reviewed'],
  reviewed: ['approved', 'draft'],
  approved: ['sent', 'draft'],
  sent: [],
};
