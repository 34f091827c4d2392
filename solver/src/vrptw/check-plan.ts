import type { Problem } from './problem';

/** Slack on time comparisons, as the search allows (see `timeTolerance`). */
const tolerance = 1e-6;

/**
 * An independent check of a plan against the problem, written without the search's
 * shortcuts (no latest-start times): walks each route forward and lists every broken rule.
 * An empty list means feasible. Used by the tests and the CLIs' self-check.
 */
export function checkPlan(p: Problem, routes: number[][], unassigned: number[]): string[] {
  const problems: string[] = [];
  const seen = new Uint8Array(p.stops.length);
  const mark = (s: number, where: string) => {
    if (!Number.isInteger(s) || s < 0 || s >= p.stops.length)
      problems.push(`${where}: no stop ${s}`);
    else if (seen[s]) problems.push(`${where}: stop ${s} appears twice`);
    else seen[s] = 1;
  };
  if (routes.length > p.vehicles.length) {
    problems.push(`${routes.length} routes for ${p.vehicles.length} vehicles`);
  }
  const n = p.nodes;
  routes.forEach((route, r) => {
    const v = p.vehicles[r];
    if (!v || route.length === 0) return;
    let at = v.start;
    let t = v.shiftFrom;
    let load = 0;
    for (const s of route) {
      mark(s, `route ${r}`);
      const stop = p.stops[s];
      if (!stop) return;
      t += p.time[at * n + stop.node] as number;
      const window = stop.windows.find(([, to]) => t <= to + tolerance);
      if (!window) {
        problems.push(`route ${r}: stop ${s} reached at ${t}, after its last window closes`);
        return;
      }
      t = Math.max(t, window[0]) + stop.service;
      load += stop.demand;
      at = stop.node;
    }
    t += p.time[at * n + v.end] as number;
    if (t > v.shiftTo + tolerance)
      problems.push(`route ${r}: back at ${t}, after shift end ${v.shiftTo}`);
    if (load > v.capacity) problems.push(`route ${r}: load ${load} over capacity ${v.capacity}`);
  });
  for (const s of unassigned) mark(s, 'unassigned');
  seen.forEach((flag, s) => {
    if (!flag) problems.push(`stop ${s} is neither routed nor listed as unfitted`);
  });
  return problems;
}
