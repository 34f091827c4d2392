// `pnpm --silent solve-vrptw <solomon.txt> --time-ms <ms> [--seed <n>] [--iterations <n>]`
// → {"vehicles": <int>, "distance": <number>, "routes": [[<customer ids>], ...]}
// Ranked as Solomon ranks: fewest vehicles, then distance (Euclidean, unrounded).
import { parseSolomon } from '../vrptw/parse-solomon';
import { solomonProblem } from '../vrptw/solomon-problem';
import { solveProblem } from '../vrptw/solve-problem';
import { parseCliArgs } from './cli-args';
import { readInstance, runCli } from './run-cli';

runCli('solve-vrptw', () => {
  const args = parseCliArgs(process.argv.slice(2));
  const problem = solomonProblem(parseSolomon(readInstance(args.file)));
  const { solution } = solveProblem(problem, {
    timeMs: args.timeMs,
    seed: args.seed,
    maxIterations: args.maxIterations,
    minimiseVehicles: true,
  });
  if (solution.unassigned.length > 0) {
    const ids = solution.unassigned.map((s) => s + 1).join(', ');
    throw new Error(`no feasible plan serves customers ${ids} within the fleet and time windows`);
  }
  const routes = solution.routes
    .filter((r) => r.stops.length > 0)
    .map((r) => r.stops.map((s) => s + 1));
  const distance = solution.routes.reduce((sum, r) => sum + r.cost, 0);
  return { vehicles: routes.length, distance: Math.round(distance * 1e6) / 1e6, routes };
});
