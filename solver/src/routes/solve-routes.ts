import { solveProblem } from '../vrptw/solve-problem';
import { buildProblem } from './build-problem';
import { type RoutePlan, toRoutePlan } from './route-plan';
import type { RoutesInput } from './routes-input';
import { type InputProblemReason, validateRoutesInput } from './validate-routes-input';

export type SolveRoutesResult =
  | { ok: true; plan: RoutePlan; iterations: number }
  | { ok: false; reason: InputProblemReason; message: string };

/**
 * Plans rounds for several teams: every team leaves its start at or after its shift start,
 * serves each stop inside one of its windows, and is back at its end by its shift end.
 * When not everything fits, the plan covers as much weight (risk) as it can, then travels as
 * little as it can; the rest is listed with a reason. Every team is available at no fixed
 * cost (no vehicle minimisation: the teams are on duty anyway). Same input and seed → same
 * plan, up to how much search fits in the time budget on the machine.
 */
export function solveRoutes(input: RoutesInput): SolveRoutesResult {
  const check = validateRoutesInput(input);
  if (!check.valid) return { ok: false, reason: check.reason, message: check.message };
  const problem = buildProblem(input, check.size);
  const { solution, iterations } = solveProblem(problem, {
    timeMs: input.timeBudgetMs ?? 1000,
    seed: input.seed ?? 1,
    maxIterations: input.maxIterations,
  });
  return { ok: true, plan: toRoutePlan(input, problem, solution), iterations };
}
