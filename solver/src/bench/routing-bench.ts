// `pnpm bench:routing [--bench-dir <dir>] [--seeds <n>]`: the solver against the shared
// instances (default `../shared/bench` beside the repository), one thread, printed as tables.
//   TSPLIB: mean over seeds of tour length ÷ optimum after 50 ms and after 1 s.
//   Solomon: 1 s per run; vehicles and distance beside the best-known values.
// A benchmark, not a test: it prints numbers and never fails on them.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { euc2dMatrix } from '../tsp/euc-2d';
import { solveTsp } from '../tsp/ils';
import { parseTsplib } from '../tsp/parse-tsplib';
import { parseSolomon } from '../vrptw/parse-solomon';
import { solomonProblem } from '../vrptw/solomon-problem';
import { solveProblem } from '../vrptw/solve-problem';
import { readBenchReadme } from './bench-readme';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const { values } = parseArgs({
  options: { 'bench-dir': { type: 'string' }, seeds: { type: 'string', default: '5' } },
});
const benchDir = resolve(values['bench-dir'] ?? join(repoRoot, '../shared/bench'));
const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i + 1);
const references = readBenchReadme(readFileSync(join(benchDir, 'README.md'), 'utf8'));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const tspTarget = (name: string) => (name === 'a280' ? 1.01 : 1.005);

// Warm the JIT so the first instance's 50 ms is not spent compiling.
{
  const warm = parseTsplib(readFileSync(join(benchDir, 'tsplib/a280.tsp'), 'utf8'));
  solveTsp(euc2dMatrix(warm.xs, warm.ys), { timeMs: 300, seed: 99 });
}

console.log(`TSPLIB (EUC_2D), mean of length ÷ optimum over ${seeds.length} seeds`);
console.log('| instance | n | optimum | 50 ms | target | 1 s | target |');
console.log('|---|---|---|---|---|---|---|');
for (const ref of references.tsp) {
  const instance = parseTsplib(readFileSync(join(benchDir, `tsplib/${ref.name}.tsp`), 'utf8'));
  const matrix = euc2dMatrix(instance.xs, instance.ys);
  const ratio = (timeMs: number) =>
    mean(seeds.map((seed) => solveTsp(matrix, { timeMs, seed }).length / ref.optimum));
  const fast = ratio(50);
  const full = ratio(1000);
  const mark = (value: number, target: number) =>
    `${value.toFixed(4)} ${value <= target ? '✓' : '✗'}`;
  console.log(
    `| ${ref.name} | ${ref.n} | ${ref.optimum} | ${mark(fast, 1.05)} | ≤ 1.05 | ${mark(full, tspTarget(ref.name))} | ≤ ${tspTarget(ref.name)} |`,
  );
}

console.log(`\nSolomon VRPTW, 1 s per run, ${seeds.length} seeds (vehicles first, then distance)`);
console.log('| instance | best-known | vehicles per seed | mean distance | gap | worst gap |');
console.log('|---|---|---|---|---|---|');
for (const ref of references.vrptw) {
  const problem = solomonProblem(
    parseSolomon(readFileSync(join(benchDir, `solomon/${ref.name}.txt`), 'utf8')),
  );
  const runs = seeds.map((seed) => {
    const { solution } = solveProblem(problem, { timeMs: 1000, seed, minimiseVehicles: true });
    return {
      vehicles: solution.usedVehicles(),
      distance: solution.cost(),
      left: solution.unassigned.length,
    };
  });
  const distance = mean(runs.map((r) => r.distance));
  const gaps = runs.map((r) => (r.distance / ref.distance - 1) * 100);
  const vehicles = runs.map((r) => (r.left > 0 ? `${r.vehicles}(${r.left} left out)` : r.vehicles));
  console.log(
    `| ${ref.name} | ${ref.vehicles} / ${ref.distance.toFixed(2)} | ${vehicles.join(' ')} | ${distance.toFixed(2)} | ${mean(gaps).toFixed(2)} % | ${Math.max(...gaps).toFixed(2)} % |`,
  );
}
