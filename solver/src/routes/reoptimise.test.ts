import { describe, expect, it } from 'vitest';
import { checkRoutePlan } from './check-route-plan';
import { randomRoutesInput } from './random-routes-input';
import { reoptimise } from './reoptimise';
import type { RoutesInput } from './routes-input';
import { solveRoutes } from './solve-routes';

const planFor = (input: RoutesInput) => {
  const result = solveRoutes({ ...input, timeBudgetMs: 20_000, maxIterations: 150, seed: 1 });
  if (!result.ok) throw new Error(result.message);
  return result.plan;
};

describe('reoptimise after a drag', () => {
  it('moves a stop to another team, keeps every plan feasible and leaves other teams alone', () => {
    let moves = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const input = randomRoutesInput(500 + seed, 40);
      if (input.vehicles.length < 2) continue;
      const plan = planFor(input);
      for (const from of plan.routes) {
        for (const to of plan.routes) {
          if (from === to) continue;
          for (const stop of from.stops) {
            const result = reoptimise(input, plan, { stopId: stop.id, toVehicleId: to.vehicleId });
            if (!result.ok) {
              expect(result.reason).toBe('does-not-fit');
              continue;
            }
            moves++;
            expect(checkRoutePlan(input, result.plan)).toEqual([]);
            const moved = result.plan.routes.find((r) => r.vehicleId === to.vehicleId);
            expect(moved?.stops.map((s) => s.id)).toContain(stop.id);
            for (const route of result.plan.routes) {
              if (route.vehicleId === from.vehicleId || route.vehicleId === to.vehicleId) continue;
              expect(route).toEqual(plan.routes.find((r) => r.vehicleId === route.vehicleId));
            }
          }
        }
      }
    }
    expect(moves).toBeGreaterThan(20);
  });

  it("keeps the planner's order when a position is given", () => {
    const input = randomRoutesInput(77, 30);
    input.vehicles = [
      { id: 'A', startIndex: 0, shift: [14 * 3600, 24 * 3600] },
      { id: 'B', startIndex: 0, shift: [14 * 3600, 24 * 3600] },
    ];
    const plan = planFor(input);
    const a = plan.routes[0]?.stops.map((s) => s.id) ?? [];
    const b = plan.routes[1]?.stops.map((s) => s.id) ?? [];
    const [donor, receiver] = a.length > 0 ? [a, 'B'] : [b, 'A'];
    const target = receiver === 'B' ? b : a;
    const stopId = donor[donor.length - 1] as string;
    let accepted = 0;
    for (let position = 0; position <= target.length; position++) {
      const result = reoptimise(input, plan, { stopId, toVehicleId: receiver, position });
      if (!result.ok) continue;
      accepted++;
      const order =
        result.plan.routes.find((r) => r.vehicleId === receiver)?.stops.map((s) => s.id) ?? [];
      // A full route may have dropped some stops; the ones it kept stay in the planner's order,
      // and the dragged stop sits after exactly those that were before `position`.
      const kept = target.filter((id) => order.includes(id));
      const before = kept.filter((id) => target.indexOf(id) < position);
      expect(order).toEqual([...before, stopId, ...kept.slice(before.length)]);
      expect(checkRoutePlan(input, result.plan)).toEqual([]);
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('a full team drops its lightest stop to take the dragged one', () => {
    // Station 0; premises 1 and 2 one minute away; each visit takes 50 minutes; shifts 1 h.
    const minute = [
      [0, 60, 60],
      [60, 0, 60],
      [60, 60, 0],
    ];
    const input: RoutesInput = {
      matrix: { distance: minute, duration: minute },
      stops: [
        { id: 'light', index: 1, weight: 5, serviceSeconds: 3000 },
        { id: 'heavy', index: 2, weight: 50, serviceSeconds: 3000 },
      ],
      vehicles: [
        { id: 'A', startIndex: 0, shift: [0, 3600] },
        { id: 'B', startIndex: 0, shift: [0, 3600] },
      ],
    };
    const plan = planFor(input);
    const heavyTeam = plan.routes.find((r) => r.stops.some((s) => s.id === 'heavy'));
    const other = plan.routes.find((r) => r !== heavyTeam);
    const result = reoptimise(input, plan, {
      stopId: 'heavy',
      toVehicleId: other?.vehicleId as string,
    });
    if (!result.ok) throw new Error(result.message);
    const ids = (team: string | number | undefined) =>
      result.plan.routes.find((r) => r.vehicleId === team)?.stops.map((s) => s.id);
    expect(ids(other?.vehicleId)).toEqual(['heavy']);
    // The team the heavy stop left has time again and takes the dropped light one.
    expect(ids(heavyTeam?.vehicleId)).toEqual(['light']);
    expect(result.plan.unfitted).toEqual([]);
  });

  it('refuses a drop that cannot be served in time and names unknown stops and teams', () => {
    const input: RoutesInput = {
      matrix: {
        distance: [
          [0, 1000],
          [1000, 0],
        ],
        duration: [
          [0, 120],
          [120, 0],
        ],
      },
      stops: [{ id: 's', index: 1, windows: [[1000, 2000]] }],
      vehicles: [
        { id: 'early', startIndex: 0, shift: [0, 3000] },
        { id: 'late', startIndex: 0, shift: [5000, 9000] },
      ],
    };
    const plan = planFor(input);
    expect(reoptimise(input, plan, { stopId: 's', toVehicleId: 'late' })).toMatchObject({
      ok: false,
      reason: 'does-not-fit',
    });
    expect(reoptimise(input, plan, { stopId: 'x', toVehicleId: 'late' })).toMatchObject({
      ok: false,
      reason: 'unknown-stop',
    });
    expect(reoptimise(input, plan, { stopId: 's', toVehicleId: 'x' })).toMatchObject({
      ok: false,
      reason: 'unknown-vehicle',
    });
  });
});
