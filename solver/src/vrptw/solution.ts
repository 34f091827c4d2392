import type { Problem } from './problem';
import { Route } from './route';

/**
 * Routes (one per vehicle, empty when unused) plus the stops left out. Cloning is
 * copy-on-write: a clone shares its routes until `mutable(r)` copies the one about to
 * change, so a ruin-and-recreate step costs what it touches, not the whole plan.
 */
export class Solution {
  readonly routes: Route[];
  unassigned: number[];
  /** Vehicles the search may use; the fleet-minimisation phase switches one off at a time. */
  readonly enabled: Uint8Array;
  private readonly owned: Uint8Array;

  constructor(routes: Route[], unassigned: number[], enabled: Uint8Array, owned?: Uint8Array) {
    this.routes = routes;
    this.unassigned = unassigned;
    this.enabled = enabled;
    this.owned = owned ?? new Uint8Array(routes.length).fill(1);
  }

  static empty(p: Problem): Solution {
    const routes = p.vehicles.map((_, v) => new Route(v));
    const unassigned = p.stops.map((_, s) => s);
    return new Solution(routes, unassigned, new Uint8Array(routes.length).fill(1));
  }

  clone(): Solution {
    return new Solution(
      this.routes.slice(),
      this.unassigned.slice(),
      Uint8Array.from(this.enabled),
      new Uint8Array(this.routes.length),
    );
  }

  mutable(r: number): Route {
    if (!this.owned[r]) {
      this.routes[r] = (this.routes[r] as Route).clone();
      this.owned[r] = 1;
    }
    return this.routes[r] as Route;
  }

  cost(): number {
    let sum = 0;
    for (const route of this.routes) sum += route.cost;
    return sum;
  }

  unassignedWeight(p: Problem): number {
    let sum = 0;
    for (const s of this.unassigned) sum += (p.stops[s] as Problem['stops'][number]).weight;
    return sum;
  }

  usedVehicles(): number {
    let used = 0;
    for (const route of this.routes) if (route.stops.length > 0) used++;
    return used;
  }
}
