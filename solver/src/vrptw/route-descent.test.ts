import { describe, expect, it } from 'vitest';
import { createRandom, Random } from '../random';
import { checkPlan } from './check-plan';
import { randomProblem } from './random-problem.test-helper';
import { recreate } from './recreate';
import { descendRoutes } from './route-descent';
import { Solution } from './solution';
import { stopNeighbours } from './stop-neighbours';

describe('descendRoutes', () => {
  it('keeps every plan feasible, never longer, with the same stops served', () => {
    const random = new Random(7);
    let shorter = 0;
    for (let trial = 0; trial < 30; trial++) {
      const p = randomProblem(random, 80, 4);
      const sol = Solution.empty(p);
      // Random insertion order with blinks: a feasible plan with knots to undo.
      recreate(p, sol, [], createRandom(trial), { blinkRate: 0.3, openVehicles: 'always' });
      const served = sol.routes.flatMap((r) => r.stops).sort((a, b) => a - b);
      const left = sol.unassigned.slice().sort((a, b) => a - b);
      const before = sol.cost();
      descendRoutes(p, sol, stopNeighbours(p));
      expect(
        checkPlan(
          p,
          sol.routes.map((r) => r.stops),
          sol.unassigned,
        ),
      ).toEqual([]);
      expect(sol.routes.flatMap((r) => r.stops).sort((a, b) => a - b)).toEqual(served);
      expect(sol.unassigned.slice().sort((a, b) => a - b)).toEqual(left);
      const after = sol.cost();
      expect(after).toBeLessThanOrEqual(before + 1e-9);
      // Each route's cost is what a fresh schedule computes (no stale bookkeeping).
      for (const route of sol.routes) {
        const fresh = route.clone();
        fresh.update(p);
        expect(route.cost).toBeCloseTo(fresh.cost, 9);
      }
      if (after < before - 1e-6) shorter++;
    }
    expect(shorter).toBeGreaterThan(20);
  });

  it('stops when asked to', () => {
    const p = randomProblem(new Random(3), 80, 4);
    const sol = Solution.empty(p);
    recreate(p, sol, [], createRandom(1), { blinkRate: 0.3, openVehicles: 'always' });
    const before = sol.cost();
    descendRoutes(p, sol, stopNeighbours(p), () => true);
    expect(sol.cost()).toBe(before);
  });
});
