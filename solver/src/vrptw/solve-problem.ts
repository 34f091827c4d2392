import { budgetOf, type ClockKind } from '../budget';
import { createRandom } from '../random';
import { minimiseFleet } from './fleet-minimisation';
import type { InsertionOptions } from './insertion';
import { annealRuinRecreate } from './lns';
import type { Problem } from './problem';
import { recreate } from './recreate';
import { Solution } from './solution';
import { stopNeighbours } from './stop-neighbours';

export type SolveOptions = {
  timeMs: number;
  seed?: number;
  /**
   * Solomon's ranking: fewest vehicles first, then distance. Without it every vehicle is
   * available at no fixed cost and only weight left out, then travel, count.
   */
  minimiseVehicles?: boolean;
  /** Stop after this many ruin-and-recreate steps (deterministic for a seed, see Budget). */
  maxIterations?: number;
  /** What `timeMs` counts: elapsed time (default) or this process's processor time. */
  clock?: ClockKind;
};

/** Share of the budget the fleet-minimisation phase may take before distance takes over. */
const fleetShare = 0.4;
/**
 * Annealing temperatures as multiples of the plan's mean edge cost (scale-free): at first a
 * plan three mean edges longer is accepted with chance 1/e, at the end one 3 % of an edge
 * longer. A hundredth of an edge at the end (and one edge at the start) froze routes of 30
 * to 50 stops in their first local optimum; on short routes both work alike.
 */
const startTemperatureEdges = 3;
const endTemperatureEdges = 0.03;

/**
 * Greedy insertion, then (when ranking by vehicles) route elimination for up to 40 % of the
 * budget, then simulated-annealing ruin and recreate until the budget is spent. Everything
 * random comes from the seed; with `maxIterations` (and time to spare) the result is a
 * function of the seed alone, with only a clock it also depends on how many iterations fit.
 * Nothing here is tuned to a benchmark instance: string lengths, blink rate and orders are
 * SISR's published defaults, temperatures scale with the plan's own mean edge.
 */
export function solveProblem(
  p: Problem,
  options: SolveOptions,
): { solution: Solution; iterations: number } {
  const total = budgetOf(options.timeMs, undefined, options.clock);
  const max = options.maxIterations;
  const random = createRandom(options.seed ?? 1);
  const neighbours = stopNeighbours(p);
  const insertion: InsertionOptions = {
    blinkRate: 0.01,
    openVehicles: options.minimiseVehicles ? 'when-needed' : 'always',
  };
  let solution = Solution.empty(p);
  let fleetIterations = 0;
  recreate(p, solution, [], random, { ...insertion, blinkRate: 0 });
  if (p.stops.length === 0) return { solution, iterations: 0 };

  if (options.minimiseVehicles) {
    const fleetBudget = budgetOf(
      options.timeMs * fleetShare,
      max === undefined ? undefined : Math.round(max * fleetShare),
      options.clock,
    );
    const fleet = minimiseFleet(p, solution, {
      budget: fleetBudget,
      random,
      neighbours,
      insertion,
    });
    fleetIterations = fleet.iterations;
    solution = fleet.solution.clone();
    solution.routes.forEach((route, r) => {
      solution.enabled[r] = route.stops.length > 0 ? 1 : 0;
    });
  }

  const routed = p.stops.length - solution.unassigned.length;
  const meanEdge = solution.cost() / Math.max(1, routed + solution.usedVehicles());
  const scale = meanEdge > 0 ? meanEdge : 1;
  const result = annealRuinRecreate(p, solution, {
    budget: budgetOf(
      total.remainingMs(),
      max === undefined ? undefined : max - fleetIterations,
      options.clock,
    ),
    random,
    neighbours,
    insertion,
    startTemperature: startTemperatureEdges * scale,
    endTemperature: endTemperatureEdges * scale,
  });
  return { solution: result.best, iterations: result.iterations };
}
