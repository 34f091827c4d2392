import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchFile } from '../bench-file.test-helper';
import { checkPlan } from './check-plan';
import { parseSolomon } from './parse-solomon';
import { solomonProblem } from './solomon-problem';
import { solveProblem } from './solve-problem';

const problem = (name: string) =>
  solomonProblem(parseSolomon(readFileSync(benchFile(`solomon/${name}.txt`), 'utf8')));

describe('solveProblem on Solomon instances', () => {
  it('serves every customer once within windows, capacity and the depot hours', () => {
    for (const name of ['C101', 'R101', 'RC101']) {
      const p = problem(name);
      const { solution } = solveProblem(p, {
        timeMs: 10_000,
        maxIterations: 300,
        seed: 1,
        minimiseVehicles: true,
      });
      expect(solution.unassigned).toEqual([]);
      const routes = solution.routes.map((r) => r.stops);
      expect(checkPlan(p, routes, solution.unassigned)).toEqual([]);
    }
  });

  it('gives the same routes for the same seed and iteration budget', () => {
    const p = problem('R101');
    const run = () =>
      solveProblem(p, {
        timeMs: 10_000,
        maxIterations: 300,
        seed: 5,
        minimiseVehicles: true,
      }).solution.routes.map((r) => r.stops);
    expect(run()).toEqual(run());
  });

  it('the plan checker notices a broken window and a repeated stop', () => {
    const p = problem('C101');
    // Customer 5 (stop 4) opens at 15 and closes at 67; serving it after 20's long window
    // arrives too late.
    const late = checkPlan(p, [[19, 4]], []);
    expect(late.some((m) => m.includes('after its last window closes'))).toBe(true);
    const twice = checkPlan(p, [[0], [0]], []);
    expect(twice.some((m) => m.includes('appears twice'))).toBe(true);
  });
});
