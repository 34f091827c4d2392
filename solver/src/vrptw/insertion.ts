import type { Random } from '../random';
import { earliestStart, type Problem, timeTolerance } from './problem';
import type { Route } from './route';
import type { Solution } from './solution';

// Module-local copies: imported bindings cost a getter call per use in the hot loop.
const tolerance = timeTolerance;
const earliest = earliestStart;

/**
 * Extra cost of serving stop `s` just before position `k` of `route`, or Infinity when that
 * breaks a time window, the shift or the capacity. O(1) thanks to the route's `latest`.
 */
export function insertionCost(p: Problem, route: Route, s: number, k: number): number {
  return fitsBefore(p, route, s, k) ? insertionDelta(p, route, s, k) : Number.POSITIVE_INFINITY;
}

/** Whether stop `s` can be served just before position `k` of `route`, capacity included. */
export function fitsBefore(p: Problem, route: Route, s: number, k: number): boolean {
  const v = p.vehicles[route.vehicle] as Problem['vehicles'][number];
  const stop = p.stops[s] as Problem['stops'][number];
  return route.load + stop.demand <= v.capacity && fitsAt(p, route, s, k);
}

/** Extra cost of serving stop `s` just before position `k` of `route`, feasible or not. */
function insertionDelta(p: Problem, route: Route, s: number, k: number): number {
  const v = p.vehicles[route.vehicle] as Problem['vehicles'][number];
  const n = p.nodes;
  const m = route.stops.length;
  const prevNode =
    k === 0 ? v.start : (p.stops[route.stops[k - 1] as number] as Problem['stops'][number]).node;
  const nextNode =
    k === m ? v.end : (p.stops[route.stops[k] as number] as Problem['stops'][number]).node;
  const u = (p.stops[s] as Problem['stops'][number]).node;
  const before = m === 0 ? 0 : (p.cost[prevNode * n + nextNode] as number);
  return (p.cost[prevNode * n + u] as number) + (p.cost[u * n + nextNode] as number) - before;
}

/**
 * Whether stop `s` can be served just before position `k` of `route` with every window and
 * the shift kept (capacity aside): it must start by its own window's end and must not push
 * the next stop past its `latest`. O(1).
 */
function fitsAt(p: Problem, route: Route, s: number, k: number): boolean {
  const v = p.vehicles[route.vehicle] as Problem['vehicles'][number];
  const stop = p.stops[s] as Problem['stops'][number];
  const n = p.nodes;
  const m = route.stops.length;
  let prevNode: number;
  let depart: number;
  if (k === 0) {
    prevNode = v.start;
    depart = v.shiftFrom;
  } else {
    const prev = p.stops[route.stops[k - 1] as number] as Problem['stops'][number];
    prevNode = prev.node;
    depart = (route.start[k - 1] as number) + prev.service;
  }
  const u = stop.node;
  const su = earliest(p, s, depart + (p.time[prevNode * n + u] as number));
  if (su === Number.POSITIVE_INFINITY) return false;
  const leave = su + stop.service;
  if (k === m) return leave + (p.time[u * n + v.end] as number) <= v.shiftTo + tolerance;
  const nextStop = route.stops[k] as number;
  const nextNode = (p.stops[nextStop] as Problem['stops'][number]).node;
  const arrival = leave + (p.time[u * n + nextNode] as number);
  // No push at all is the common case; otherwise the pushed start must stay within `latest`.
  return (
    arrival <= (route.start[k] as number) ||
    earliest(p, nextStop, arrival) <= (route.latest[k] as number) + tolerance
  );
}

export type InsertionOptions = {
  /** Chance of skipping a position (SISR's "blinks"): cheap randomness that helps variety. */
  blinkRate: number;
  /**
   * 'when-needed': an unused vehicle is opened only when no used one can take the stop
   * (fewest vehicles first, as Solomon ranks). 'always': unused vehicles compete on cost.
   */
  openVehicles: 'when-needed' | 'always';
};

type Place = { route: number; position: number; cost: number };

function bestPlace(
  p: Problem,
  sol: Solution,
  s: number,
  random: Random,
  options: InsertionOptions,
  usedOnly: boolean | null,
): Place | null {
  let bestRoute = -1;
  let bestPosition = -1;
  let bestCost = Number.POSITIVE_INFINITY;
  const stop = p.stops[s] as Problem['stops'][number];
  const n = p.nodes;
  const cost = p.cost;
  const time = p.time;
  const u = stop.node;
  const blink = options.blinkRate;
  // Starts only grow along a route, so once the stop before position k starts after the
  // stop's last window closes, no later position can work either.
  const lastClose =
    (p.windowFlat[2 * ((p.windowOffset[s + 1] as number) - 1) + 1] as number) + tolerance;
  for (let r = 0; r < sol.routes.length; r++) {
    if (!sol.enabled[r]) continue;
    const route = sol.routes[r] as Route;
    const m = route.stops.length;
    if (usedOnly !== null && m > 0 !== usedOnly) continue;
    const v = p.vehicles[route.vehicle] as Problem['vehicles'][number];
    if (route.load + stop.demand > v.capacity) continue;
    const { nodes, start, latest } = route;
    // Walk the route once, carrying the node before position k and when the vehicle leaves it.
    let prevNode = v.start;
    let depart = v.shiftFrom;
    for (let k = 0; k <= m; k++) {
      if (k > 0) {
        const prevStart = start[k - 1] as number;
        if (prevStart > lastClose) break;
        prevNode = nodes[k - 1] as number;
        depart =
          prevStart + (p.stops[route.stops[k - 1] as number] as Problem['stops'][number]).service;
      }
      if (blink > 0 && random.next() < blink) continue;
      const nextNode = k === m ? v.end : (nodes[k] as number);
      // The cost first: most places are dearer than the best so far and need no time check.
      const delta =
        (cost[prevNode * n + u] as number) +
        (cost[u * n + nextNode] as number) -
        (m === 0 ? 0 : (cost[prevNode * n + nextNode] as number));
      if (delta >= bestCost) continue;
      const su = earliest(p, s, depart + (time[prevNode * n + u] as number));
      if (su === Number.POSITIVE_INFINITY) continue;
      const arrival = su + stop.service + (time[u * n + nextNode] as number);
      if (k === m) {
        if (arrival > v.shiftTo + tolerance) continue;
      } else if (
        arrival > (start[k] as number) &&
        earliest(p, route.stops[k] as number, arrival) > (latest[k] as number) + tolerance
      ) {
        continue;
      }
      bestRoute = r;
      bestPosition = k;
      bestCost = delta;
    }
  }
  return bestRoute < 0 ? null : { route: bestRoute, position: bestPosition, cost: bestCost };
}

/** Inserts each of `stops`, in the given order, at its cheapest feasible place. */
export function insertGreedily(
  p: Problem,
  sol: Solution,
  stops: number[],
  random: Random,
  options: InsertionOptions,
): void {
  for (const s of stops) {
    const place =
      options.openVehicles === 'always'
        ? bestPlace(p, sol, s, random, options, null)
        : (bestPlace(p, sol, s, random, options, true) ??
          bestPlace(p, sol, s, random, options, false));
    if (!place) {
      sol.unassigned.push(s);
      continue;
    }
    const route = sol.mutable(place.route);
    // The O(1) check works on rounded-free arithmetic in theory; rescheduling guards against
    // floating-point disagreement between the backward and forward passes.
    if (route.insert(p, place.position, s) >= 0) {
      route.stops.splice(place.position, 1);
      route.update(p);
      sol.unassigned.push(s);
    }
  }
}
