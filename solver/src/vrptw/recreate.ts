import type { Random } from '../random';
import { type InsertionOptions, insertGreedily } from './insertion';
import type { Problem } from './problem';
import type { Solution } from './solution';

/**
 * Reinserts `removed` and every stop still left out, greedily, in one of SISR's orders
 * (random 4 : largest demand 4 : farthest from the depot 2 : closest 1). Heavier stops (more
 * risk) always go first, so when room runs out the light ones are the ones left out.
 */
export function recreate(
  p: Problem,
  sol: Solution,
  removed: number[],
  random: Random,
  options: InsertionOptions,
): void {
  const pending = removed.concat(sol.unassigned);
  sol.unassigned = [];
  for (let i = pending.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [pending[i], pending[j]] = [pending[j] as number, pending[i] as number];
  }
  const stop = (s: number) => p.stops[s] as Problem['stops'][number];
  const depot = (p.vehicles[0] as Problem['vehicles'][number]).start;
  const fromDepot = (s: number) => p.cost[depot * p.nodes + stop(s).node] as number;
  const pick = random.int(11);
  // Array.prototype.sort is stable, so ties keep the shuffled order.
  if (pick >= 4 && pick < 8) pending.sort((a, b) => stop(b).demand - stop(a).demand);
  else if (pick >= 8 && pick < 10) pending.sort((a, b) => fromDepot(b) - fromDepot(a));
  else if (pick === 10) pending.sort((a, b) => fromDepot(a) - fromDepot(b));
  pending.sort((a, b) => stop(b).weight - stop(a).weight);
  insertGreedily(p, sol, pending, random, options);
}
