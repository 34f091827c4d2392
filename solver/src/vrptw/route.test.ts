import { describe, expect, it } from 'vitest';
import { Random } from '../random';
import { checkPlan } from './check-plan';
import { randomProblem } from './random-problem.test-helper';
import { Route } from './route';

describe('Route.insert', () => {
  it('gives the schedule, cost and verdict of a full update, and a direct simulation agrees', () => {
    const random = new Random(19);
    let kept = 0;
    let refused = 0;
    for (let trial = 0; trial < 40; trial++) {
      const p = randomProblem(random, 60, 1);
      const route = new Route(0);
      route.update(p);
      for (const s of random.shuffle(p.stops.map((_, i) => i))) {
        const k = random.int(route.stops.length + 1);
        const full = route.clone();
        full.stops.splice(k, 0, s);
        const expected = full.update(p);
        const quick = route.clone();
        const verdict = quick.insert(p, k, s);
        expect(verdict).toBe(expected);
        // The independent checker walks the route forward with no latest-start shortcut.
        expect(checkPlan(p, [full.stops], []).some((m) => m.includes('route 0'))).toBe(
          expected >= 0,
        );
        if (verdict >= 0) {
          refused++;
          continue;
        }
        kept++;
        expect(quick.stops).toEqual(full.stops);
        expect(quick.nodes).toEqual(full.nodes);
        expect(quick.start).toEqual(full.start);
        expect(quick.latest).toEqual(full.latest);
        expect(quick.load).toBe(full.load);
        expect(quick.cost).toBeCloseTo(full.cost, 9);
        route.stops = quick.stops;
        route.update(p);
      }
    }
    // Both outcomes were exercised many times.
    expect(kept).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });
});
