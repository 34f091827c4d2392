import { describe, expect, it } from 'vitest';
import { Random } from '../random';
import { checkPlan } from './check-plan';
import { createProblem, type Problem } from './problem';
import { Route } from './route';

/** Stops on a 100 × 100 square, windows from tight to all day, one depot at the centre. */
function randomProblem(random: Random, count: number): Problem {
  const xs = [50];
  const ys = [50];
  for (let i = 0; i < count; i++) {
    xs.push(random.range(0, 100));
    ys.push(random.range(0, 100));
  }
  const n = count + 1;
  const distance = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      distance[a * n + b] = Math.hypot(
        (xs[a] as number) - (xs[b] as number),
        (ys[a] as number) - (ys[b] as number),
      );
    }
  }
  const horizon = 1000;
  return createProblem({
    nodes: n,
    distance,
    time: distance,
    stops: Array.from({ length: count }, (_, s) => {
      const open = random.range(0, horizon);
      const width = random.pick([20, 100, 400, horizon]);
      const windows: [number, number][] = random.chance(0.2)
        ? [
            [open / 2, open / 2 + width / 4],
            [open, open + width],
          ]
        : [[open, open + width]];
      return { node: s + 1, windows, service: random.pick([0, 10, 30]), demand: 1, weight: 1 };
    }),
    vehicles: [{ start: 0, end: 0, shiftFrom: 0, shiftTo: horizon * 1.5, capacity: Infinity }],
  });
}

describe('Route.insert', () => {
  it('gives the schedule, cost and verdict of a full update, and a direct simulation agrees', () => {
    const random = new Random(19);
    let kept = 0;
    let refused = 0;
    for (let trial = 0; trial < 40; trial++) {
      const p = randomProblem(random, 60);
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
