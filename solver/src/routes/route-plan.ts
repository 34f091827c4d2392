import type { Problem } from '../vrptw/problem';
import type { Solution } from '../vrptw/solution';
import { type UnfittedReason, unfittedReason } from '../vrptw/unfitted-reasons';
import type { RoutesInput } from './routes-input';

export type PlannedStop = {
  id: string | number;
  index: number;
  arrivalSeconds: number;
  /** Start of service, inside one of the stop's windows; later than arrival when waiting. */
  startSeconds: number;
  departureSeconds: number;
};

export type VehicleRoute = {
  vehicleId: string | number;
  stops: PlannedStop[];
  /** Leaves as late as it can without changing any start of service. */
  departureSeconds: number;
  returnSeconds: number;
  distanceMetres: number;
  durationSeconds: number;
};

export type UnfittedStop = { id: string | number; reason: UnfittedReason };

export type RoutePlan = {
  routes: VehicleRoute[];
  unfitted: UnfittedStop[];
  distanceMetres: number;
  weightCovered: number;
  weightLeftOut: number;
};

/** The search's solution in the API's terms, with true (not jittered) distances. */
export function toRoutePlan(input: RoutesInput, p: Problem, sol: Solution): RoutePlan {
  const n = p.nodes;
  let total = 0;
  let covered = 0;
  const routes = sol.routes.map((route, r): VehicleRoute => {
    const v = p.vehicles[r] as Problem['vehicles'][number];
    const vehicleId = (input.vehicles[r] as RoutesInput['vehicles'][number]).id;
    if (route.stops.length === 0) {
      return {
        vehicleId,
        stops: [],
        departureSeconds: v.shiftFrom,
        returnSeconds: v.shiftFrom,
        distanceMetres: 0,
        durationSeconds: 0,
      };
    }
    const first = p.stops[route.stops[0] as number] as Problem['stops'][number];
    const departure = Math.max(
      v.shiftFrom,
      (route.start[0] as number) - (p.time[v.start * n + first.node] as number),
    );
    let at = v.start;
    let t = departure;
    let distance = 0;
    const stops = route.stops.map((s, k): PlannedStop => {
      const stop = p.stops[s] as Problem['stops'][number];
      const arrival = t + (p.time[at * n + stop.node] as number);
      distance += p.distance[at * n + stop.node] as number;
      const start = route.start[k] as number;
      t = start + stop.service;
      at = stop.node;
      covered += stop.weight;
      const id = (input.stops[s] as RoutesInput['stops'][number]).id;
      return {
        id,
        index: stop.node,
        arrivalSeconds: arrival,
        startSeconds: start,
        departureSeconds: t,
      };
    });
    distance += p.distance[at * n + v.end] as number;
    const back = t + (p.time[at * n + v.end] as number);
    total += distance;
    return {
      vehicleId,
      stops,
      departureSeconds: departure,
      returnSeconds: back,
      distanceMetres: distance,
      durationSeconds: back - departure,
    };
  });
  const unfitted = sol.unassigned
    .slice()
    .sort((a, b) => a - b)
    .map((s) => ({
      id: (input.stops[s] as RoutesInput['stops'][number]).id,
      reason: unfittedReason(p, sol, s),
    }));
  return {
    routes,
    unfitted,
    distanceMetres: total,
    weightCovered: covered,
    weightLeftOut: sol.unassignedWeight(p),
  };
}
