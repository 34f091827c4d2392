import type { RoutePlan, VehicleRoute } from '@ntm/solver/routes/route-plan';
import type { RoutesInput } from '@ntm/solver/routes/routes-input';

type ArrayMatrix = { distance: number[][]; duration: number[][] };

/**
 * Times for an order the planner chose (a saved edit): each team leaves at its shift start,
 * starts each stop as early as its windows allow, and leaves the depot as late as it can
 * without delaying the first start (as the solver reports it). Stops in no order are
 * unfitted, keeping the reason they had when given. Returns what makes the order impossible
 * instead when it is (a stop reached after its last window, a team back after its shift);
 * the caller checks the result with the solver's checkRoutePlan too.
 */
export function scheduleOrder(
  input: RoutesInput & { matrix: ArrayMatrix },
  orders: ReadonlyArray<ReadonlyArray<number | string>>,
  earlierReasons: ReadonlyMap<string | number, string>,
): { ok: true; plan: RoutePlan } | { ok: false; problems: string[] } {
  const { duration, distance } = input.matrix;
  const stops = new Map(input.stops.map((s) => [s.id, s]));
  const problems: string[] = [];
  const seen = new Set<string | number>();
  const routes = input.vehicles.map((vehicle, r): VehicleRoute => {
    const order = orders[r] ?? [];
    const end = vehicle.endIndex ?? vehicle.startIndex;
    let at = vehicle.startIndex;
    let t = vehicle.shift[0];
    let metres = 0;
    const planned = order.flatMap((id) => {
      const stop = stops.get(id);
      if (!stop || seen.has(id)) {
        problems.push(
          stop ? `cơ sở ${id} xuất hiện hai lần` : `cơ sở ${id} không có trong kế hoạch`,
        );
        return [];
      }
      seen.add(id);
      const arrival = t + (duration[at]?.[stop.index] as number);
      metres += distance[at]?.[stop.index] as number;
      const windows = stop.windows?.length ? stop.windows : [[-Infinity, Infinity]];
      const window = windows.find(([, b]) => (b as number) >= arrival);
      if (!window) problems.push(`đội ${r + 1}: đến cơ sở ${id} sau giờ đóng cửa`);
      const start = Math.max(arrival, (window?.[0] as number) ?? arrival);
      t = start + (stop.serviceSeconds ?? 0);
      at = stop.index;
      return [
        {
          id,
          index: stop.index,
          arrivalSeconds: arrival,
          startSeconds: start,
          departureSeconds: t,
        },
      ];
    });
    if (planned.length === 0) {
      return {
        vehicleId: vehicle.id,
        stops: [],
        departureSeconds: vehicle.shift[0],
        returnSeconds: vehicle.shift[0],
        distanceMetres: 0,
        durationSeconds: 0,
      };
    }
    metres += distance[at]?.[end] as number;
    const back = t + (duration[at]?.[end] as number);
    if (back > vehicle.shift[1] + 1e-6) problems.push(`đội ${r + 1}: về sau khi hết ca`);
    // Leave later when the first stop is not open yet: the same starts, less waiting.
    const first = planned[0] as (typeof planned)[number];
    const leg = duration[vehicle.startIndex]?.[first.index] as number;
    const departure = Math.max(vehicle.shift[0], first.startSeconds - leg);
    first.arrivalSeconds = departure + leg;
    return {
      vehicleId: vehicle.id,
      stops: planned,
      departureSeconds: departure,
      returnSeconds: back,
      distanceMetres: metres,
      durationSeconds: back - departure,
    };
  });
  if (problems.length > 0) return { ok: false, problems };
  const unfitted = input.stops
    .filter((s) => !seen.has(s.id))
    .map((s) => ({ id: s.id, reason: (earlierReasons.get(s.id) ?? 'left-out') as never }));
  const weight = (ids: Iterable<string | number>) =>
    [...ids].reduce<number>((sum, id) => sum + (stops.get(id)?.weight ?? 1), 0);
  return {
    ok: true,
    plan: {
      routes,
      unfitted,
      distanceMetres: routes.reduce((sum, r) => sum + r.distanceMetres, 0),
      weightCovered: weight(seen),
      weightLeftOut: weight(unfitted.map((u) => u.id)),
    },
  };
}
