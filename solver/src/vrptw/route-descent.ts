import type { NeighbourLists } from '../tsp/neighbour-lists';
import { fitsBefore } from './insertion';
import { earliestStart, type Problem, timeTolerance } from './problem';
import type { Route } from './route';
import type { Solution } from './solution';

/** Nearest stops tried per stop: improving moves join near neighbours (granular search). */
const granularity = 20;
/** An improvement must save at least this much, so float noise cannot loop. */
const minimumGain = 1e-7;

/**
 * Local search over the routes of a plan, to a local optimum: for each stop u and each of
 * its nearest stops v, (1) relocate u just before or just after v, in v's route or its own,
 * and (2) 2-opt*: cut u's route after u and v's route before v and swap the tails, which
 * makes the edge u→v. A move is priced in O(1) from the edges it changes; only a move that
 * saves is tried on the routes themselves, and kept when their schedules stay feasible and
 * the exact cost fell. Ruin and recreate rebuilds a few stops at a time and leaves long
 * routes with small knots it would need many steps to undo; this undoes them in one pass.
 * Stops left out stay out, so the weight covered never changes. `stop()` is asked between
 * stops, so a tight budget cuts a pass short rather than overrunning.
 */
export function descendRoutes(
  p: Problem,
  sol: Solution,
  neighbours: NeighbourLists,
  stop: () => boolean = () => false,
): void {
  const count = p.stops.length;
  const n = p.nodes;
  const c = p.cost;
  const routeOf = new Int32Array(count).fill(-1);
  const posOf = new Int32Array(count);
  const index = (r: number) => {
    (sol.routes[r] as Route).stops.forEach((s, k) => {
      routeOf[s] = r;
      posOf[s] = k;
    });
  };
  for (let r = 0; r < sol.routes.length; r++) index(r);
  const nodeOf = (s: number) => (p.stops[s] as Problem['stops'][number]).node;
  const startOf = (r: number) =>
    (p.vehicles[(sol.routes[r] as Route).vehicle] as Problem['vehicles'][number]).start;
  const endOf = (r: number) =>
    (p.vehicles[(sol.routes[r] as Route).vehicle] as Problem['vehicles'][number]).end;
  /** Node before position k of route r (its start depot at k = 0). */
  const before = (r: number, k: number) => {
    const stops = (sol.routes[r] as Route).stops;
    return k > 0 ? nodeOf(stops[k - 1] as number) : startOf(r);
  };
  /** Node at position k of route r (its end depot past the last stop). */
  const at = (r: number, k: number) => {
    const stops = (sol.routes[r] as Route).stops;
    return k < stops.length ? nodeOf(stops[k] as number) : endOf(r);
  };
  const edge = (a: number, b: number) => c[a * n + b] as number;

  /** Puts new stop lists on routes a (and b), keeps them if feasible and cheaper. */
  const attempt = (a: number, stopsA: number[], b: number, stopsB: number[] | null) => {
    const routeA = sol.mutable(a);
    const routeB = stopsB ? sol.mutable(b) : null;
    const oldA = routeA.stops;
    const oldB = routeB ? routeB.stops : null;
    const oldCost = routeA.cost + (routeB ? routeB.cost : 0);
    routeA.stops = stopsA;
    let fine = feasible(p, routeA);
    if (routeB && stopsB) {
      routeB.stops = stopsB;
      fine = feasible(p, routeB) && fine;
    }
    if (fine && routeA.cost + (routeB ? routeB.cost : 0) < oldCost - minimumGain) {
      index(a);
      if (routeB) index(b);
      return true;
    }
    routeA.stops = oldA;
    routeA.update(p);
    if (routeB && oldB) {
      routeB.stops = oldB;
      routeB.update(p);
    }
    return false;
  };

  /** u moved to sit just before position k of route rv (k counted before u leaves). */
  const relocate = (u: number, rv: number, k: number) => {
    const ru = routeOf[u] as number;
    const i = posOf[u] as number;
    if (ru === rv && (k === i || k === i + 1)) return false;
    const nu = nodeOf(u);
    const removal =
      edge(before(ru, i), at(ru, i + 1)) - edge(before(ru, i), nu) - edge(nu, at(ru, i + 1));
    const a = before(rv, k);
    const b = at(rv, k);
    if (removal + edge(a, nu) + edge(nu, b) - edge(a, b) > -minimumGain) return false;
    const from = (sol.routes[ru] as Route).stops;
    if (ru === rv) {
      const moved = from.slice();
      moved.splice(i, 1);
      moved.splice(k > i ? k - 1 : k, 0, u);
      return attempt(ru, moved, ru, null);
    }
    // The target route's latest starts make its check O(1); leaving never makes a route late.
    if (!fitsBefore(p, sol.routes[rv] as Route, u, k)) return false;
    const left = from.slice();
    left.splice(i, 1);
    const into = (sol.routes[rv] as Route).stops.slice();
    into.splice(k, 0, u);
    return attempt(ru, left, rv, into);
  };

  /** 2-opt*: u's route keeps its head up to u and takes v's tail from v on. */
  const swapTails = (u: number, v: number) => {
    const ru = routeOf[u] as number;
    const rv = routeOf[v] as number;
    if (ru === rv) return false;
    const i = posOf[u] as number;
    const j = posOf[v] as number;
    const nu = nodeOf(u);
    const pv = before(rv, j);
    const su = at(ru, i + 1);
    const gain = edge(nu, nodeOf(v)) + edge(pv, su) - edge(nu, su) - edge(pv, nodeOf(v));
    if (gain > -minimumGain) return false;
    const routeU = sol.routes[ru] as Route;
    const routeV = sol.routes[rv] as Route;
    if (!tailsFit(p, routeU, i, routeV, j)) return false;
    const stopsU = routeU.stops;
    const stopsV = routeV.stops;
    const newU = stopsU.slice(0, i + 1).concat(stopsV.slice(j));
    const newV = stopsV.slice(0, j).concat(stopsU.slice(i + 1));
    return attempt(ru, newU, rv, newV);
  };

  const { k, list } = neighbours;
  const tries = Math.min(k, granularity);
  let improved = true;
  while (improved) {
    improved = false;
    for (let u = 0; u < count; u++) {
      if (stop()) return;
      if ((routeOf[u] as number) < 0) continue;
      for (let t = 0; t < tries; t++) {
        const v = list[u * k + t] as number;
        const rv = routeOf[v] as number;
        if (rv < 0 || (routeOf[u] as number) < 0) continue;
        const j = posOf[v] as number;
        if (relocate(u, rv, j) || relocate(u, rv, j + 1) || swapTails(u, v)) {
          improved = true;
        }
      }
    }
  }
}

/**
 * O(1) (time) check that u's route up to position i, then v's route from position j, keeps
 * every window, and the same with the roles crossed; loads by a prefix sum. Exact when both
 * vehicles share their end and shift end (latest starts are measured to them); otherwise
 * the trial on the routes decides.
 */
function tailsFit(p: Problem, a: Route, i: number, b: Route, j: number): boolean {
  const va = p.vehicles[a.vehicle] as Problem['vehicles'][number];
  const vb = p.vehicles[b.vehicle] as Problem['vehicles'][number];
  if (va.end !== vb.end || va.shiftTo !== vb.shiftTo) return true;
  let headA = 0;
  for (let k = 0; k <= i; k++)
    headA += (p.stops[a.stops[k] as number] as Problem['stops'][number]).demand;
  let headB = 0;
  for (let k = 0; k < j; k++)
    headB += (p.stops[b.stops[k] as number] as Problem['stops'][number]).demand;
  if (headA + (b.load - headB) > va.capacity || headB + (a.load - headA) > vb.capacity)
    return false;
  return joins(p, a, i, b, j) && joins(p, b, j - 1, a, i + 1);
}

/** Whether leaving `from` after its position `k` (k = -1: from its start) reaches `to`'s tail from `j` in time. */
function joins(p: Problem, from: Route, k: number, to: Route, j: number): boolean {
  const n = p.nodes;
  const v = p.vehicles[from.vehicle] as Problem['vehicles'][number];
  let node = v.start;
  let depart = v.shiftFrom;
  if (k >= 0) {
    const s = p.stops[from.stops[k] as number] as Problem['stops'][number];
    node = s.node;
    depart = (from.start[k] as number) + s.service;
  }
  if (j >= to.stops.length)
    return depart + (p.time[node * n + v.end] as number) <= v.shiftTo + timeTolerance;
  const next = to.stops[j] as number;
  const arrival =
    depart + (p.time[node * n + (p.stops[next] as Problem['stops'][number]).node] as number);
  return earliestStart(p, next, arrival) <= (to.latest[j] as number) + timeTolerance;
}

/** Recomputes the route; true when its windows, shift and capacity all hold. */
function feasible(p: Problem, route: Route): boolean {
  const v = p.vehicles[route.vehicle] as Problem['vehicles'][number];
  return route.update(p) < 0 && route.load <= v.capacity;
}
