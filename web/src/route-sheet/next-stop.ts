import type { PlanStop } from '../api/route-plan-client';

/**
 * The stop to go to now: the first in the team's order not yet done. A stop visited out of
 * order does not make the team skip the ones before it: those still wait.
 */
export function nextStop<S extends Pick<PlanStop, 'seq' | 'done'>>(stops: readonly S[]): S | null {
  return stops.find((s) => !s.done) ?? null;
}
