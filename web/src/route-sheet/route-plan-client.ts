import { ApiError } from '../api/api-error';
import { routePlanClient, type SavedRoutePlan } from '../api/route-plan-client';

// GET /api/route-plans/{id} for the field pages (route sheet, team view).

/** Why the plan is not shown: none with that id (or a surprise round hidden), no right, other. */
export type PlanFailure = 'not-found' | 'forbidden' | 'network' | 'other';

export type PlanLoad =
  | { status: 'loading' }
  | { status: 'ready'; plan: SavedRoutePlan }
  | { status: 'error'; failure: PlanFailure };

export async function loadRoutePlan(id: number): Promise<PlanLoad> {
  try {
    return { status: 'ready', plan: await routePlanClient.get(id) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.kind === 'network') return { status: 'error', failure: 'network' };
    if (error.status === 404) return { status: 'error', failure: 'not-found' };
    if (error.status === 403) return { status: 'error', failure: 'forbidden' };
    return { status: 'error', failure: 'other' };
  }
}
