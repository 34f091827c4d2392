// `pnpm --silent solve-tsp <file.tsp> --time-ms <ms> [--seed <n>] [--iterations <n>]`
// → {"length": <int>, "tour": [<1-based node ids>]} (ARCHITECTURE.md §5).
import { euc2dMatrix } from '../tsp/euc-2d';
import { solveTsp } from '../tsp/ils';
import { parseTsplib } from '../tsp/parse-tsplib';
import { parseCliArgs } from './cli-args';
import { readInstance, runCli } from './run-cli';

/** The solver keeps a full distance matrix (4 bytes × n²): 5,000 cities is 100 MB. */
const maxCities = 5000;

runCli('solve-tsp', () => {
  const args = parseCliArgs(process.argv.slice(2));
  const instance = parseTsplib(readInstance(args.file));
  if (instance.xs.length > maxCities) {
    throw new Error(`${instance.xs.length} cities; this solver takes at most ${maxCities}`);
  }
  const matrix = euc2dMatrix(instance.xs, instance.ys);
  const result = solveTsp(matrix, {
    timeMs: args.timeMs,
    seed: args.seed,
    maxIterations: args.maxIterations,
  });
  // Printed from node 1, in the direction of its smaller neighbour: one tour, one text.
  const tour = Array.from(result.tour, (city) => city + 1);
  const one = tour.indexOf(1);
  const rotated = tour.slice(one).concat(tour.slice(0, one));
  if (rotated.length > 2 && (rotated[rotated.length - 1] as number) < (rotated[1] as number)) {
    rotated.push(...rotated.splice(1).reverse());
  }
  return { length: result.length, tour: rotated };
});
