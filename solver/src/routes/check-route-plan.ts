import type { RoutePlan } from './route-plan';
import type { RoutesInput } from './routes-input';

const tolerance = 1e-6;

/**
 * Checks a plan as its reader sees it, from the input alone: times follow the matrix, each
 * start of service is inside one of the stop's windows, every team leaves after its shift
 * starts and is back by its end, loads fit, no stop twice, every stop routed or listed as
 * unfitted, and the reported distances add up. Returns what is wrong; empty when feasible.
 */
export function checkRoutePlan(input: RoutesInput, plan: RoutePlan): string[] {
  const problems: string[] = [];
  const { matrix } = input;
  const get = (m: 'distance' | 'duration', i: number, j: number) =>
    typeof matrix[m] === 'function'
      ? (matrix[m] as (a: number, b: number) => number)(i, j)
      : ((matrix[m] as number[][])[i]?.[j] as number);
  const stops = new Map(input.stops.map((s) => [s.id, s]));
  const seen = new Set<string | number>();
  const note = (id: string | number) => {
    if (!stops.has(id)) problems.push(`unknown stop ${id}`);
    if (seen.has(id)) problems.push(`stop ${id} appears twice`);
    seen.add(id);
  };
  for (const route of plan.routes) {
    const vehicle = input.vehicles.find((v) => v.id === route.vehicleId);
    if (!vehicle) {
      problems.push(`unknown team ${route.vehicleId}`);
      continue;
    }
    if (route.stops.length === 0) continue;
    const end = vehicle.endIndex ?? vehicle.startIndex;
    if (route.departureSeconds < vehicle.shift[0] - tolerance) {
      problems.push(`${vehicle.id} leaves before its shift`);
    }
    let at = vehicle.startIndex;
    let t = route.departureSeconds;
    let load = 0;
    let distance = 0;
    for (const planned of route.stops) {
      note(planned.id);
      const stop = stops.get(planned.id);
      if (!stop) continue;
      const arrival = t + get('duration', at, stop.index);
      distance += get('distance', at, stop.index);
      if (Math.abs(arrival - planned.arrivalSeconds) > tolerance) {
        problems.push(
          `${vehicle.id}: arrival at ${planned.id} is ${planned.arrivalSeconds}, travel says ${arrival}`,
        );
      }
      if (planned.startSeconds < arrival - tolerance)
        problems.push(`${planned.id} starts before arrival`);
      const windows = stop.windows?.length ? stop.windows : [[-Infinity, Infinity]];
      if (
        !windows.some(
          ([a, b]) =>
            planned.startSeconds >= (a as number) - tolerance &&
            planned.startSeconds <= (b as number) + tolerance,
        )
      ) {
        problems.push(`${planned.id} starts at ${planned.startSeconds}, outside its windows`);
      }
      t = planned.startSeconds + (stop.serviceSeconds ?? 0);
      load += stop.demand ?? 0;
      at = stop.index;
    }
    const back = t + get('duration', at, end);
    distance += get('distance', at, end);
    if (back > vehicle.shift[1] + tolerance)
      problems.push(`${vehicle.id} back at ${back}, after its shift`);
    if (load > (vehicle.capacity ?? Infinity)) problems.push(`${vehicle.id} carries ${load}`);
    if (Math.abs(distance - route.distanceMetres) > 1e-6 * Math.max(1, distance)) {
      problems.push(`${vehicle.id}: distance ${route.distanceMetres}, legs add up to ${distance}`);
    }
  }
  for (const unfitted of plan.unfitted) note(unfitted.id);
  for (const id of stops.keys()) if (!seen.has(id)) problems.push(`stop ${id} is missing`);
  return problems;
}
