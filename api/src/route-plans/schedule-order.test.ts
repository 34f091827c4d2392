import { checkRoutePlan } from '@ntm/solver/routes/check-route-plan';
import type { RoutesInput } from '@ntm/solver/routes/routes-input';
import { describe, expect, it } from 'vitest';
import { scheduleOrder } from './schedule-order';

// A depot (0) and three premises on a line, 600 s and 1 km apart.
const line = (i: number, j: number) => Math.abs(i - j);
const input: RoutesInput & { matrix: { distance: number[][]; duration: number[][] } } = {
  matrix: {
    duration: [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => 600 * line(i, j))),
    distance: [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => 1000 * line(i, j))),
  },
  stops: [
    { id: 11, index: 1, windows: [[0, 100_000]], serviceSeconds: 900 },
    { id: 12, index: 2, windows: [[75_600, 76_000]], serviceSeconds: 900 },
    { id: 13, index: 3, windows: [[0, 100_000]], serviceSeconds: 900 },
  ],
  vehicles: [{ id: 0, startIndex: 0, shift: [72_000, 86_400] }],
};

describe('scheduling an order the planner chose', () => {
  it('starts each stop as early as its windows allow and leaves the depot as late as it can', () => {
    const result = scheduleOrder(input, [[12, 13, 11]], new Map());
    if (!result.ok) throw new Error(result.problems.join('; '));
    const [route] = result.plan.routes;
    expect(route?.stops.map((s) => s.startSeconds)).toEqual([75_600, 77_100, 79_200]);
    // 21:00 opening minus 20 minutes of travel: no waiting at the door.
    expect(route?.departureSeconds).toBe(75_600 - 1200);
    expect(route?.distanceMetres).toBe(2000 + 1000 + 2000 + 1000);
    expect(checkRoutePlan(input, result.plan)).toEqual([]);
  });

  it('lists a stop left out of every order as unfitted, keeping its earlier reason', () => {
    const result = scheduleOrder(input, [[11]], new Map([[13, 'shift']]));
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.plan.unfitted).toEqual([
      { id: 12, reason: 'left-out' },
      { id: 13, reason: 'shift' },
    ]);
    expect(checkRoutePlan(input, result.plan)).toEqual([]);
  });

  it('says why an order is impossible: past closing, past the shift, twice, unknown', () => {
    const late = scheduleOrder(input, [[13, 11, 12]], new Map());
    expect(late.ok).toBe(false);
    const short = scheduleOrder(
      { ...input, vehicles: [{ id: 0, startIndex: 0, shift: [72_000, 74_000] }] },
      [[11, 13]],
      new Map(),
    );
    expect(short.ok).toBe(false);
    const twice = scheduleOrder(input, [[11, 11]], new Map());
    const unknown = scheduleOrder(input, [[99]], new Map());
    expect(twice.ok ? [] : twice.problems).toHaveLength(1);
    expect(unknown.ok ? [] : unknown.problems).toHaveLength(1);
  });
});
