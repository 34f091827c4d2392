import type { Budget } from '../budget';
import type { Random } from '../random';
import type { NeighbourLists } from '../tsp/neighbour-lists';
import type { InsertionOptions } from './insertion';
import type { Problem } from './problem';
import { recreate } from './recreate';
import type { Route } from './route';
import { ruinStrings } from './ruin';
import type { Solution } from './solution';
import { aloneReason } from './unfitted-reasons';

/**
 * Fewer vehicles (Solomon's first objective), SISR's way: switch off the vehicle with the
 * fewest stops, leave its stops out, and ruin-and-recreate with the remaining fleet until
 * nothing is left out. Each stop counts how often it ended up left out; a candidate is
 * accepted when it leaves out fewer stops, or stops with a smaller total count, which steers
 * the search towards placing the stubborn ones. Repeats while time is left and the fleet is
 * above what the load needs (capacity alone), so time that cannot buy a vehicle goes to
 * distance instead; returns the plan with the fewest vehicles that serves everything `start`
 * served, and the ruin-and-recreate steps spent.
 */
export function minimiseFleet(
  p: Problem,
  start: Solution,
  context: {
    budget: Budget;
    random: Random;
    neighbours: NeighbourLists;
    insertion: InsertionOptions;
  },
): { solution: Solution; iterations: number } {
  const { budget, random } = context;
  let iterations = 0;
  // Stops no vehicle can serve even alone stay out whatever the fleet; the rest must fit.
  let target = 0;
  let demand = 0;
  for (let s = 0; s < p.stops.length; s++) {
    if (aloneReason(p, s) !== null) target++;
    else demand += (p.stops[s] as Problem['stops'][number]).demand;
  }
  const fewest = fewestVehiclesFor(p, demand);
  let best = start;
  let current = start.clone();
  const absences = new Float64Array(p.stops.length);
  const absenceSum = (sol: Solution) => {
    let sum = 0;
    for (const s of sol.unassigned) sum += absences[s] as number;
    return sum;
  };
  while (!budget.passed()) {
    while (!budget.passed() && current.unassigned.length > target) {
      iterations++;
      const candidate = current.clone();
      const removed = ruinStrings(p, candidate, context.neighbours, random);
      recreate(p, candidate, removed, random, context.insertion);
      for (const s of candidate.unassigned) absences[s] = (absences[s] as number) + 1;
      if (
        candidate.unassigned.length < current.unassigned.length ||
        absenceSum(candidate) < absenceSum(current)
      ) {
        current = candidate;
      }
    }
    if (current.unassigned.length > target) break;
    best = current;
    if (best.usedVehicles() <= fewest) break;
    current = best.clone();
    const routes = current.routes;
    let smallest = -1;
    routes.forEach((route, r) => {
      // Unused vehicles are switched off: they are the same fleet, and opening one would
      // only undo the point of the phase.
      if (route.stops.length === 0) current.enabled[r] = 0;
      else if (smallest < 0 || route.stops.length < (routes[smallest] as Route).stops.length) {
        smallest = r;
      }
    });
    const emptied = current.mutable(smallest);
    current.unassigned.push(...emptied.stops);
    emptied.stops = [];
    emptied.update(p);
    current.enabled[smallest] = 0;
  }
  return { solution: best, iterations };
}

/** Fewest vehicles whose capacities add up to `demand` (at least one): a lower bound. */
function fewestVehiclesFor(p: Problem, demand: number): number {
  const capacities = p.vehicles.map((v) => v.capacity).sort((a, b) => b - a);
  let k = 0;
  let room = 0;
  while (k < capacities.length && (k === 0 || room < demand)) room += capacities[k++] as number;
  return Math.max(1, k);
}
