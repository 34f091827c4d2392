import { insertionCost } from './insertion';
import { earliestStart, type Problem, timeTolerance } from './problem';
import type { Solution } from './solution';

/**
 * Why a stop is not in the plan:
 * - 'capacity': no vehicle could carry it, or every vehicle that could reach it in time is full;
 * - 'time-window': no vehicle can be there while it is open, even going straight there;
 * - 'shift': some vehicle can be there while it is open but not back before its shift ends;
 * - 'no-time-left': it fits a shift on its own, but the shifts are full of stops with more
 *   weight (or with as much weight and less travel).
 */
export type UnfittedReason = 'capacity' | 'time-window' | 'shift' | 'no-time-left';

/** The reason a lone visit fails, or null when some vehicle could serve `s` on its own. */
export function aloneReason(p: Problem, s: number): UnfittedReason | null {
  const stop = p.stops[s] as Problem['stops'][number];
  const n = p.nodes;
  let reachable = false;
  let carried = false;
  for (const v of p.vehicles) {
    if (stop.demand > v.capacity) continue;
    carried = true;
    const start = earliestStart(p, s, v.shiftFrom + (p.time[v.start * n + stop.node] as number));
    if (start === Number.POSITIVE_INFINITY) continue;
    reachable = true;
    const back = start + stop.service + (p.time[stop.node * n + v.end] as number);
    if (back <= v.shiftTo + timeTolerance) return null;
  }
  if (!carried) return 'capacity';
  return reachable ? 'shift' : 'time-window';
}

export function unfittedReason(p: Problem, sol: Solution, s: number): UnfittedReason {
  const alone = aloneReason(p, s);
  if (alone) return alone;
  // Would it fit somewhere if loads did not count? Then capacity is what keeps it out.
  const stop = p.stops[s] as Problem['stops'][number];
  for (const route of sol.routes) {
    const v = p.vehicles[route.vehicle] as Problem['vehicles'][number];
    if (route.load + stop.demand <= v.capacity || stop.demand > v.capacity) continue;
    const unloaded = route.clone();
    unloaded.load = 0;
    for (let k = 0; k <= route.stops.length; k++) {
      if (insertionCost(p, unloaded, s, k) < Number.POSITIVE_INFINITY) return 'capacity';
    }
  }
  return 'no-time-left';
}
