import { earliestStart, latestStart, type Problem, timeTolerance } from './problem';

/**
 * One vehicle's stops in order with their schedule. `start[k]` is the earliest start of
 * service at the k-th stop (leaving the depot at shift start, waiting where a window is not
 * open yet); `latest[k]` is the latest start there that still lets every later stop and the
 * return to the depot keep their windows and the shift end. Together they make an insertion
 * check O(1): the new stop must start by its own window's end and must not push the next
 * stop past its `latest`. (This is forward time slack, kept per position.)
 */
export class Route {
  stops: number[] = [];
  /** `problem.stops[stops[k]].node`, kept by `update` for the hot insertion loop. */
  nodes: number[] = [];
  start: number[] = [];
  latest: number[] = [];
  load = 0;
  /** Sum of `problem.cost` over the route's edges; 0 for an unused vehicle. */
  cost = 0;

  constructor(readonly vehicle: number) {}

  clone(): Route {
    const r = new Route(this.vehicle);
    r.stops = this.stops.slice();
    r.nodes = this.nodes.slice();
    r.start = this.start.slice();
    r.latest = this.latest.slice();
    r.load = this.load;
    r.cost = this.cost;
    return r;
  }

  /**
   * Recomputes schedule, load and cost. Returns the position of the first stop that cannot
   * be served in time (or `stops.length` when the return is late), or -1 when feasible.
   * Capacity is checked by callers from `load`.
   */
  update(p: Problem): number {
    const v = p.vehicles[this.vehicle];
    if (!v) throw new Error(`no vehicle ${this.vehicle}`);
    const m = this.stops.length;
    const n = p.nodes;
    this.nodes.length = m;
    this.start.length = m;
    this.latest.length = m;
    this.load = 0;
    this.cost = 0;
    if (m === 0) return -1;
    let prev = v.start;
    let t = v.shiftFrom;
    let broken = -1;
    for (let k = 0; k < m; k++) {
      const s = this.stops[k] as number;
      const stop = p.stops[s];
      if (!stop) throw new Error(`no stop ${s}`);
      const node = stop.node;
      this.nodes[k] = node;
      this.cost += p.cost[prev * n + node] as number;
      this.load += stop.demand;
      const st = earliestStart(p, s, t + (p.time[prev * n + node] as number));
      if (st === Number.POSITIVE_INFINITY && broken < 0) broken = k;
      this.start[k] = st;
      t = st + stop.service;
      prev = node;
    }
    this.cost += p.cost[prev * n + v.end] as number;
    if (broken < 0 && t + (p.time[prev * n + v.end] as number) > v.shiftTo + timeTolerance) {
      broken = m;
    }
    let bound = v.shiftTo;
    let next = v.end;
    for (let k = m - 1; k >= 0; k--) {
      const s = this.stops[k] as number;
      const stop = p.stops[s] as (typeof p.stops)[number];
      const latest = latestStart(
        p,
        s,
        bound - stop.service - (p.time[stop.node * n + next] as number),
      );
      this.latest[k] = latest;
      bound = latest;
      next = stop.node;
    }
    return broken;
  }

  /**
   * `stops.splice(k, 0, s)` on a feasible route, with the schedule brought up to date from
   * position k only: starts before k and latest starts after it cannot change; later starts
   * are recomputed until one comes out as before (a wait absorbed the push), earlier latest
   * starts until one does. The same arithmetic as `update`, so the same numbers, without
   * walking all of a long route for each stop a recreate inserts. Returns what `update`
   * would; when that is not -1 the schedule is stale and the caller must undo and `update`.
   */
  insert(p: Problem, k: number, s: number): number {
    const v = p.vehicles[this.vehicle] as Problem['vehicles'][number];
    const stop = p.stops[s] as Problem['stops'][number];
    const n = p.nodes;
    const { stops, nodes, start, latest } = this;
    const before = stops.length;
    const prevNode = k > 0 ? (nodes[k - 1] as number) : v.start;
    const nextNode = k < before ? (nodes[k] as number) : v.end;
    const u = stop.node;
    this.cost +=
      (p.cost[prevNode * n + u] as number) +
      (p.cost[u * n + nextNode] as number) -
      (before === 0 ? 0 : (p.cost[prevNode * n + nextNode] as number));
    this.load += stop.demand;
    stops.splice(k, 0, s);
    nodes.splice(k, 0, u);
    start.splice(k, 0, 0);
    latest.splice(k, 0, 0);
    const m = before + 1;
    let prev = prevNode;
    let t =
      k > 0
        ? (start[k - 1] as number) +
          (p.stops[stops[k - 1] as number] as Problem['stops'][number]).service
        : v.shiftFrom;
    let j = k;
    for (; j < m; j++) {
      const sj = stops[j] as number;
      const node = nodes[j] as number;
      const st = earliestStart(p, sj, t + (p.time[prev * n + node] as number));
      if (st === Number.POSITIVE_INFINITY) return j;
      if (j > k && st === start[j]) break;
      start[j] = st;
      t = st + (p.stops[sj] as Problem['stops'][number]).service;
      prev = node;
    }
    if (j === m && t + (p.time[prev * n + v.end] as number) > v.shiftTo + timeTolerance) return m;
    let bound = k + 1 < m ? (latest[k + 1] as number) : v.shiftTo;
    let next = k + 1 < m ? (nodes[k + 1] as number) : v.end;
    for (let i = k; i >= 0; i--) {
      const si = p.stops[stops[i] as number] as Problem['stops'][number];
      const late = latestStart(
        p,
        stops[i] as number,
        bound - si.service - (p.time[si.node * n + next] as number),
      );
      if (i < k && late === latest[i]) break;
      latest[i] = late;
      bound = late;
      next = si.node;
    }
    return -1;
  }
}
