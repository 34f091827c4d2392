import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { benchFile } from '../bench-file.test-helper';
import { euc2dMatrix, tourLength } from '../tsp/euc-2d';
import { parseTsplib } from '../tsp/parse-tsplib';
import { checkPlan } from '../vrptw/check-plan';
import { parseSolomon } from '../vrptw/parse-solomon';
import { solomonProblem } from '../vrptw/solomon-problem';

const here = dirname(fileURLToPath(import.meta.url));
// The same files the root scripts run (`tsx solver/src/cli/…`), spawned through tsx's loader.
const run = (cli: 'solve-tsp' | 'solve-vrptw', args: string[]) => {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(here, `${cli}.ts`), ...args],
    {
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { ...result, ms: performance.now() - started };
};

describe('solve-tsp CLI', () => {
  it('prints one JSON line: a permutation of 1..n whose length recomputes to the printed value', () => {
    for (const name of ['eil51', 'a280']) {
      const file = benchFile(`tsplib/${name}.tsp`);
      const out = run('solve-tsp', [file, '--time-ms', '100', '--seed', '2']);
      expect(out.status).toBe(0);
      const lines = out.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const { length, tour } = JSON.parse(lines[0] as string) as { length: number; tour: number[] };
      const instance = parseTsplib(readFileSync(file, 'utf8'));
      const n = instance.xs.length;
      expect([...tour].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(
        tourLength(
          euc2dMatrix(instance.xs, instance.ys),
          tour.map((c) => c - 1),
        ),
      ).toBe(length);
    }
  });

  it('gives the same tour for the same seed with an iteration budget', () => {
    const file = benchFile('tsplib/kroA100.tsp');
    const args = [file, '--time-ms', '20000', '--iterations', '200', '--seed', '4'];
    expect(run('solve-tsp', args).stdout).toBe(run('solve-tsp', args).stdout);
  });
});

describe('solve-vrptw CLI', () => {
  it('prints routes that serve every customer once within windows, capacity and depot hours', () => {
    for (const name of ['C101', 'RC101']) {
      const file = benchFile(`solomon/${name}.txt`);
      const out = run('solve-vrptw', [file, '--time-ms', '300']);
      expect(out.status).toBe(0);
      const plan = JSON.parse(out.stdout) as {
        vehicles: number;
        distance: number;
        routes: number[][];
      };
      expect(plan.vehicles).toBe(plan.routes.length);
      const customers = plan.routes.flat().sort((a, b) => a - b);
      expect(customers).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      const problem = solomonProblem(parseSolomon(readFileSync(file, 'utf8')));
      const stops = plan.routes.map((route) => route.map((c) => c - 1));
      expect(checkPlan(problem, stops, [])).toEqual([]);
      const n = problem.nodes;
      let distance = 0;
      for (const route of plan.routes) {
        const path = [0, ...route, 0];
        for (let k = 1; k < path.length; k++) {
          distance += problem.distance[(path[k - 1] as number) * n + (path[k] as number)] as number;
        }
      }
      expect(plan.distance).toBeCloseTo(distance, 4);
    }
  });
});

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'solver-cli-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const tsp = (dimension: number, type = 'EUC_2D') =>
    `NAME : t\nTYPE : TSP\nDIMENSION : ${dimension}\nEDGE_WEIGHT_TYPE : ${type}\nNODE_COORD_SECTION\n1 0 0\n2 3 4\n3 6 0\nEOF\n`;
  const cases: [string, 'solve-tsp' | 'solve-vrptw', string[], RegExp][] = [
    [
      'a wrong DIMENSION',
      'solve-tsp',
      [write('dim.tsp', tsp(5)), '--time-ms', '50'],
      /DIMENSION is 5 but 3/,
    ],
    [
      'a non-EUC_2D file',
      'solve-tsp',
      [write('geo.tsp', tsp(3, 'GEO')), '--time-ms', '50'],
      /not EUC_2D/,
    ],
    ['a missing file', 'solve-tsp', [join(dir, 'none.tsp'), '--time-ms', '50'], /no such file/],
    [
      'an unknown flag',
      'solve-tsp',
      [write('ok.tsp', tsp(3)), '--time-ms', '50', '--fast'],
      /Unknown option/,
    ],
    ['a zero budget', 'solve-tsp', [write('ok2.tsp', tsp(3)), '--time-ms', '0'], /--time-ms/],
    ['a negative budget', 'solve-vrptw', [write('v.txt', 'x'), '--time-ms=-5'], /--time-ms/],
    ['no budget', 'solve-tsp', [write('ok3.tsp', tsp(3))], /--time-ms <ms> is required/],
    [
      'a malformed Solomon file',
      'solve-vrptw',
      [
        write('bad.txt', 'T\nVEHICLE\nNUMBER CAPACITY\n2 10\nCUSTOMER\nh\n0 0 0 0 0 10\n'),
        '--time-ms',
        '50',
      ],
      /bad customer row/,
    ],
  ];
  for (const [what, cli, args, message] of cases) {
    it(`${cli} refuses ${what} with one line on stderr and a non-zero exit, quickly`, () => {
      const out = run(cli, args);
      expect(out.status).not.toBe(0);
      expect(out.stdout).toBe('');
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
      expect(out.stderr).toMatch(message);
      expect(out.ms).toBeLessThan(10_000);
    });
  }
});
