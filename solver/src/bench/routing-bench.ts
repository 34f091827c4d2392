// `pnpm bench:routing [--bench-dir <dir>] [--seeds <n>] [--only C202,R202,…] [--clock wall]`:
// the solver against the benchmark instances (default `solver/bench`, sources in its README,
// `--only` for some of them while iterating), one thread, printed as tables. Budgets count
// the process's processor time by default, so a busy machine gives the numbers an idle one
// would; `--clock wall` counts elapsed time, as the API does.
//   TSPLIB: mean over seeds of tour length ÷ optimum after 50 ms and after 1 s.
//   Solomon: 1 s per run; vehicles and distance beside the best-known values.
//   Drag and drop: reoptimise() times on a 300-stop, 8-team random evening plan.
// A benchmark, not a test: it prints numbers and never fails on them.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ClockKind } from '../budget';
import { randomRoutesInput } from '../routes/random-routes-input';
import { reoptimise } from '../routes/reoptimise';
import { solveRoutes } from '../routes/solve-routes';
import { euc2dMatrix } from '../tsp/euc-2d';
import { solveTsp } from '../tsp/ils';
import { parseTsplib } from '../tsp/parse-tsplib';
import { parseSolomon } from '../vrptw/parse-solomon';
import { solomonProblem } from '../vrptw/solomon-problem';
import { solveProblem } from '../vrptw/solve-problem';
import { readBenchReadme } from './bench-readme';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const { values } = parseArgs({
  options: {
    'bench-dir': { type: 'string' },
    seeds: { type: 'string', default: '5' },
    only: { type: 'string' },
    clock: { type: 'string', default: 'cpu' },
  },
});
if (values.clock !== 'cpu' && values.clock !== 'wall') throw new Error('--clock is cpu or wall');
const clock: ClockKind = values.clock;
const benchDir = resolve(values['bench-dir'] ?? join(repoRoot, 'solver/bench'));
const seeds = Array.from({ length: Number(values.seeds) }, (_, i) => i + 1);
const all = readBenchReadme(readFileSync(join(benchDir, 'README.md'), 'utf8'));
const only = values.only?.split(',').map((name) => name.trim().toLowerCase());
const chosen = <T extends { name: string }>(refs: T[]) =>
  only ? refs.filter((ref) => only.includes(ref.name.toLowerCase())) : refs;
const references = { tsp: chosen(all.tsp), vrptw: chosen(all.vrptw) };
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const tspTarget = (name: string) => (name === 'a280' ? 1.01 : 1.005);

// Warm the JIT so the first instance's 50 ms is not spent compiling.
{
  const warm = parseTsplib(readFileSync(join(benchDir, 'tsplib/a280.tsp'), 'utf8'));
  solveTsp(euc2dMatrix(warm.xs, warm.ys), { timeMs: 300, seed: 99, clock });
}

console.log(`Budgets count ${clock === 'cpu' ? 'processor' : 'elapsed'} time.\n`);
console.log(`TSPLIB (EUC_2D), mean of length ÷ optimum over ${seeds.length} seeds`);
console.log('| instance | n | optimum | 50 ms | target | 1 s | target |');
console.log('|---|---|---|---|---|---|---|');
for (const ref of references.tsp) {
  const instance = parseTsplib(readFileSync(join(benchDir, `tsplib/${ref.name}.tsp`), 'utf8'));
  const matrix = euc2dMatrix(instance.xs, instance.ys);
  const ratio = (timeMs: number) =>
    mean(seeds.map((seed) => solveTsp(matrix, { timeMs, seed, clock }).length / ref.optimum));
  const fast = ratio(50);
  const full = ratio(1000);
  const mark = (value: number, target: number) =>
    `${value.toFixed(4)} ${value <= target ? '✓' : '✗'}`;
  console.log(
    `| ${ref.name} | ${ref.n} | ${ref.optimum} | ${mark(fast, 1.05)} | ≤ 1.05 | ${mark(full, tspTarget(ref.name))} | ≤ ${tspTarget(ref.name)} |`,
  );
}

console.log(`\nSolomon VRPTW, 1 s per run, ${seeds.length} seeds (vehicles first, then distance)`);
console.log(
  '| instance | best-known | vehicles per seed | mean distance | gap | worst gap | spread |',
);
console.log('|---|---|---|---|---|---|---|');
const summary = { gaps: [] as number[], worst: -Infinity, spread: 0, overFleet: 0 };
for (const ref of references.vrptw) {
  const problem = solomonProblem(
    parseSolomon(readFileSync(join(benchDir, `solomon/${ref.name}.txt`), 'utf8')),
  );
  const runs = seeds.map((seed) => {
    const { solution } = solveProblem(problem, {
      timeMs: 1000,
      seed,
      minimiseVehicles: true,
      clock,
    });
    return {
      vehicles: solution.usedVehicles(),
      distance: solution.cost(),
      left: solution.unassigned.length,
    };
  });
  const distance = mean(runs.map((r) => r.distance));
  const gaps = runs.map((r) => (r.distance / ref.distance - 1) * 100);
  const vehicles = runs.map((r) => (r.left > 0 ? `${r.vehicles}(${r.left} left out)` : r.vehicles));
  const spread = Math.max(...gaps) - Math.min(...gaps);
  summary.gaps.push(mean(gaps));
  summary.worst = Math.max(summary.worst, ...gaps);
  summary.spread = Math.max(summary.spread, spread);
  summary.overFleet += runs.filter((r) => r.vehicles > ref.vehicles || r.left > 0).length;
  console.log(
    `| ${ref.name} | ${ref.vehicles} / ${ref.distance.toFixed(2)} | ${vehicles.join(' ')} | ${distance.toFixed(2)} | ${mean(gaps).toFixed(2)} % | ${Math.max(...gaps).toFixed(2)} % | ${spread.toFixed(2)} % |`,
  );
}
if (summary.gaps.length > 0) {
  console.log(
    `\nSolomon: mean gap ${mean(summary.gaps).toFixed(2)} % (target ≤ 1), worst ${summary.worst.toFixed(2)} % (≤ 3), widest spread between seeds ${summary.spread.toFixed(2)} % (≤ 1), runs above the best-known fleet ${summary.overFleet} (0)`,
  );
}

// Drag and drop: a 300-stop evening plan for 8 teams, then stops dragged to other teams.
if (!only) {
  const input = randomRoutesInput(2026, 300);
  input.vehicles = Array.from({ length: 8 }, (_, t) => ({
    id: `team-${t + 1}`,
    startIndex: 0,
    shift: [14 * 3600, 24 * 3600] as [number, number],
  }));
  const solved = solveRoutes({ ...input, timeBudgetMs: 1000, seed: 1 });
  if (!solved.ok) throw new Error(solved.message);
  const { plan } = solved;
  const times: number[] = [];
  let accepted = 0;
  for (let i = 0; i < 100; i++) {
    const from = plan.routes[i % 8] as (typeof plan.routes)[number];
    const to = plan.routes[(i * 3 + 1) % 8] as (typeof plan.routes)[number];
    const stop = from.stops[(i * 7) % Math.max(1, from.stops.length)];
    if (!stop || from === to) continue;
    const started = performance.now();
    const result = reoptimise(input, plan, { stopId: stop.id, toVehicleId: to.vehicleId });
    times.push(performance.now() - started);
    if (result.ok) accepted++;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    (times[Math.min(times.length - 1, Math.floor(q * times.length))] as number).toFixed(1);
  console.log(
    `\nDrag a stop to another team (reoptimise), 300 stops, 8 teams, ${times.length} drags`,
  );
  console.log('| median ms | 95th pct ms | max ms | target | drags accepted |');
  console.log('|---|---|---|---|---|');
  console.log(`| ${at(0.5)} | ${at(0.95)} | ${at(1)} | < 50 | ${accepted} / ${times.length} |`);
}
