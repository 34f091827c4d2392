import type { Budget } from '../budget';
import type { Random } from '../random';
import type { NeighbourLists } from '../tsp/neighbour-lists';
import type { InsertionOptions } from './insertion';
import type { Problem } from './problem';
import { recreate } from './recreate';
import { descendRoutes } from './route-descent';
import { ruinStrings } from './ruin';
import type { Solution } from './solution';

/**
 * Ruin and recreate under simulated annealing. Plans are ranked by weight left out first
 * (risk not covered), then by travel cost; among equal weight a worse plan is accepted with
 * the usual annealing chance, the temperature cooling geometrically with elapsed time from
 * `startTemperature` to `endTemperature`. A plan that beats the best so far is first taken
 * to a local optimum by `descendRoutes` (rare enough to cost little, and the search then
 * goes on from the polished plan). Returns the best plan seen.
 */
export function annealRuinRecreate(
  p: Problem,
  initial: Solution,
  context: {
    budget: Budget;
    random: Random;
    neighbours: NeighbourLists;
    insertion: InsertionOptions;
    startTemperature: number;
    endTemperature: number;
  },
): { best: Solution; iterations: number } {
  const { budget, random } = context;
  let current = initial;
  let currentLost = current.unassignedWeight(p);
  let currentCost = current.cost();
  let best = current;
  let bestLost = currentLost;
  let bestCost = currentCost;
  let iterations = 0;
  const ratio = context.endTemperature / context.startTemperature;
  while (!budget.passed()) {
    iterations++;
    const temperature = context.startTemperature * ratio ** budget.progress();
    const candidate = current.clone();
    const removed = ruinStrings(p, candidate, context.neighbours, random);
    recreate(p, candidate, removed, random, context.insertion);
    const lost = candidate.unassignedWeight(p);
    const cost = candidate.cost();
    const accept =
      lost < currentLost ||
      (lost === currentLost && cost < currentCost - temperature * Math.log(random.next()));
    if (!accept) continue;
    const record = lost < bestLost || (lost === bestLost && cost < bestCost);
    if (record) descendRoutes(p, candidate, context.neighbours, budget.timeUp);
    current = candidate;
    currentLost = lost;
    currentCost = candidate.cost();
    if (record) {
      best = current;
      bestLost = lost;
      bestCost = currentCost;
    }
  }
  return { best, iterations };
}
