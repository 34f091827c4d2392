import { budgetOf, type ClockKind } from '../budget';
import { createRandom } from '../random';
import { doubleBridgeKick } from './double-bridge';
import { type DistanceMatrix, tourLength } from './euc-2d';
import { LocalSearch } from './local-search';
import { nearestNeighbourTour } from './nearest-neighbour';
import { neighbourLists } from './neighbour-lists';
import { Tour } from './tour';

export type TspOptions = {
  timeMs: number;
  seed?: number;
  /** Stop after this many kicks (deterministic for a seed when the clock does not cut in). */
  maxIterations?: number;
  neighbours?: number;
  /** What `timeMs` counts: elapsed time (default) or this process's processor time. */
  clock?: ClockKind;
};
export type TspResult = { length: number; tour: Int32Array; iterations: number };

/**
 * Iterated local search: nearest neighbour, 2-opt + Or-opt, then until the budget is spent a
 * local double-bridge kick, local search from the kicked spot only, and keep the result when
 * it is no longer than before (accepting equal tours lets the search drift across plateaus).
 * The budget is checked once per kick; the first descent always completes, so a tiny budget
 * still returns a 2-opt/Or-opt local optimum.
 */
export function solveTsp(m: DistanceMatrix, options: TspOptions): TspResult {
  const budget = budgetOf(options.timeMs, options.maxIterations, options.clock);
  const random = createRandom(options.seed ?? 1);
  const n = m.n;
  if (n <= 3) {
    const tour = Int32Array.from({ length: n }, (_, i) => i);
    return { length: tourLength(m, tour), tour, iterations: 0 };
  }
  const neighbours = neighbourLists(m, options.neighbours ?? 10);
  const search = new LocalSearch(m, neighbours);
  const tour = new Tour(nearestNeighbourTour(m, random.int(n)));
  search.pushAll();
  search.run(tour);
  let length = tourLength(m, tour.order);
  const saved = Int32Array.from(tour.order);
  let iterations = 0;
  while (!budget.passed()) {
    iterations++;
    const kick = doubleBridgeKick(tour, m, random);
    for (const c of kick.touched) search.push(c);
    search.run(tour);
    const candidate = tourLength(m, tour.order);
    if (candidate <= length) {
      length = candidate;
      saved.set(tour.order);
    } else {
      tour.order.set(saved);
      for (let k = 0; k < n; k++) tour.pos[saved[k] as number] = k;
    }
  }
  return { length, tour: Int32Array.from(saved), iterations };
}
