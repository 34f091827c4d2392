import { describe, expect, it } from 'vitest';
import { checkRoutePlan } from './check-route-plan';
import { randomRoutesInput } from './random-routes-input';
import type { RoutePlan } from './route-plan';
import type { RoutesInput } from './routes-input';
import { solveRoutes } from './solve-routes';

// Iteration budgets keep the tests independent of machine speed (and seed-exact).
const solve = (input: RoutesInput) => {
  const result = solveRoutes({ timeBudgetMs: 20_000, maxIterations: 150, ...input });
  if (!result.ok) throw new Error(result.message);
  return result.plan;
};
const orders = (plan: RoutePlan) => plan.routes.map((r) => r.stops.map((s) => s.id));

describe('solveRoutes on 50 seeded random instances of 10 to 80 stops', () => {
  const instances = Array.from({ length: 50 }, (_, i) =>
    randomRoutesInput(1000 + i, 10 + ((i * 37) % 71)),
  );

  it('every plan is feasible: windows, shifts, capacity, each stop routed once or listed unfitted', () => {
    for (const input of instances) {
      expect(checkRoutePlan(input, solve({ ...input, seed: 1 }))).toEqual([]);
    }
  });

  it('leaves a stop out only with a reason, and never when it would fit as it is', () => {
    for (const input of instances.slice(0, 20)) {
      const plan = solve({ ...input, seed: 1 });
      for (const unfitted of plan.unfitted) {
        expect(['capacity', 'time-window', 'shift', 'no-time-left']).toContain(unfitted.reason);
      }
      expect(plan.weightCovered + plan.weightLeftOut).toBe(
        input.stops.reduce((sum, s) => sum + (s.weight ?? 1), 0),
      );
    }
  });

  it('the same seed gives the same plan', () => {
    for (const input of instances.slice(0, 10)) {
      expect(solve({ ...input, seed: 7 })).toEqual(solve({ ...input, seed: 7 }));
    }
  });

  it('with jitter on, two seeds give different orders, both feasible', () => {
    let differing = 0;
    const sample = instances.filter((input) => input.stops.length >= 30).slice(0, 10);
    for (const input of sample) {
      const a = solve({ ...input, seed: 1, jitter: 0.3 });
      const b = solve({ ...input, seed: 2, jitter: 0.3 });
      expect(checkRoutePlan(input, a)).toEqual([]);
      expect(checkRoutePlan(input, b)).toEqual([]);
      if (JSON.stringify(orders(a)) !== JSON.stringify(orders(b))) differing++;
    }
    expect(differing).toBe(sample.length);
  });
});

describe('solveRoutes on hand-made cases', () => {
  // Station at 0, premises 1..3 on a line, 1 km (120 s) apart.
  const line = (n: number) => {
    const distance = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => 1000 * Math.abs(i - j)),
    );
    return { distance, duration: distance.map((row) => row.map((d) => d * 0.12)) };
  };

  it('waits for a premises to open and serves inside its window', () => {
    const plan = solve({
      matrix: line(2),
      stops: [{ id: 'karaoke', index: 1, windows: [[50_400, 60_000]], serviceSeconds: 600 }],
      vehicles: [{ id: 'A', startIndex: 0, shift: [48_000, 70_000] }],
    });
    const [stop] = plan.routes[0]?.stops ?? [];
    expect(stop?.startSeconds).toBe(50_400);
    expect(plan.routes[0]?.departureSeconds).toBe(50_400 - 120);
  });

  it('covers the heavier stop when only one fits, and says why the other is out', () => {
    const plan = solve({
      matrix: line(3),
      stops: [
        { id: 'light', index: 1, weight: 10, serviceSeconds: 3000 },
        { id: 'heavy', index: 2, weight: 90, serviceSeconds: 3000 },
      ],
      vehicles: [{ id: 'A', startIndex: 0, shift: [0, 4000] }],
    });
    expect(orders(plan)).toEqual([['heavy']]);
    expect(plan.unfitted).toEqual([{ id: 'light', reason: 'no-time-left' }]);
  });

  it('names the reason for stops no team can serve', () => {
    const plan = solve({
      matrix: line(4),
      stops: [
        { id: 'closed', index: 1, windows: [[0, 100]] },
        { id: 'too-long', index: 2, serviceSeconds: 10_000 },
        { id: 'too-big', index: 3, demand: 5 },
      ],
      vehicles: [{ id: 'A', startIndex: 0, shift: [1000, 5000], capacity: 2 }],
    });
    expect(plan.unfitted).toEqual([
      { id: 'closed', reason: 'time-window' },
      { id: 'too-long', reason: 'shift' },
      { id: 'too-big', reason: 'capacity' },
    ]);
  });

  it('refuses bad input with a named reason instead of planning', () => {
    const input = randomRoutesInput(1, 10);
    const cases: [Partial<RoutesInput>, string][] = [
      [{ vehicles: [] }, 'no-vehicles'],
      [{ vehicles: [{ id: 'A', startIndex: 0, shift: [5000, 4000] }] }, 'shift-ends-before-start'],
      [{ stops: Array.from({ length: 5000 }, (_, i) => ({ id: i, index: 1 })) }, 'too-many-stops'],
      [{ stops: [{ id: 'x', index: 999 }] }, 'index-outside-matrix'],
      [{ stops: [{ id: 'x', index: 1, weight: 0 }] }, 'bad-number'],
      [{ stops: [{ id: 'x', index: 1, windows: [[10, 5]] }] }, 'window-ends-before-start'],
      [{ timeBudgetMs: 0 }, 'bad-time-budget'],
    ];
    for (const [change, reason] of cases) {
      const result = solveRoutes({ ...input, ...change });
      expect(result.ok ? 'ok' : result.reason).toBe(reason);
    }
  });

  it('accepts the matrix as functions', () => {
    const plan = solve({
      matrix: {
        size: 3,
        distance: (i, j) => 1000 * Math.abs(i - j),
        duration: (i, j) => 120 * Math.abs(i - j),
      },
      stops: [
        { id: 'a', index: 1 },
        { id: 'b', index: 2 },
      ],
      vehicles: [{ id: 'A', startIndex: 0, shift: [0, 10_000] }],
    });
    expect(plan.distanceMetres).toBe(4000);
  });
});
