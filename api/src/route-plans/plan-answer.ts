import type { LngLat } from '@ntm/db/queries/road-network';
import type { PlanStopRow } from '@ntm/db/queries/route-plans';
import type { RoutePlan } from '@ntm/solver/routes/route-plan';
import type { RoutesInput } from '@ntm/solver/routes/routes-input';
import type { LineString } from 'geojson';
import type { Window } from './opening-windows';
import { planInstant } from './plan-clock';

/** A premises the solver was offered. `windows` are plan seconds (see plan-clock.ts). */
export type PlanStopMeta = {
  businessId: number;
  name: string;
  lngLat: LngLat;
  riskScore: number;
  reason: 'rank' | 'random';
  windows: Window[];
};

export type PlanTeamMeta = { name: string; start: LngLat; shift: [number, number] };

/** What a plan was made from, stored beside it so a saved edit is checked against the same. */
export type StoredPlanInput = {
  date: string;
  routes: Omit<RoutesInput, 'matrix'>;
  teams: PlanTeamMeta[];
  stops: PlanStopMeta[];
  /** Premises left out before solving, with the reason (closed all shift). */
  leftOut: Array<{ businessId: number; name: string; reason: string }>;
};

export const unfittedMessages: Record<string, string> = {
  closed: 'Cơ sở không mở cửa trong ca',
  'time-window': 'Không đội nào đến kịp trong giờ mở cửa',
  shift: 'Đến được trong giờ mở cửa nhưng không kịp về trước khi hết ca',
  'no-time-left': 'Ca đã kín bởi các cơ sở rủi ro cao hơn',
  capacity: 'Vượt quá sức chứa của đội',
  'left-out': 'Người lập kế hoạch bỏ ra khỏi lộ trình',
};

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Per team: the ordered stops with their times, the line along the roads, metres, seconds. */
export function teamAnswers(input: StoredPlanInput, plan: RoutePlan, lines: readonly LngLat[][]) {
  const metas = new Map(input.stops.map((s) => [s.businessId, s]));
  return input.teams.map((team, t) => {
    const route = plan.routes.find((r) => r.vehicleId === t);
    const stops = (route?.stops ?? []).map((s, k) => {
      const meta = metas.get(Number(s.id)) as PlanStopMeta;
      const window = meta.windows.find(
        ([a, b]) => s.startSeconds >= a - 1e-6 && s.startSeconds <= b + 1e-6,
      );
      return {
        seq: k + 1,
        businessId: meta.businessId,
        name: meta.name,
        lngLat: meta.lngLat,
        arrival: planInstant(input.date, s.arrivalSeconds),
        start: planInstant(input.date, s.startSeconds),
        departure: planInstant(input.date, s.departureSeconds),
        window: window
          ? { from: planInstant(input.date, window[0]), to: planInstant(input.date, window[1]) }
          : null,
        riskScore: meta.riskScore,
        reason: meta.reason,
      };
    });
    const line = lines[t] ?? [];
    const geometry: LineString | null =
      stops.length > 0 && line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
    return {
      index: t,
      name: team.name,
      start: team.start,
      shift: {
        from: planInstant(input.date, team.shift[0]),
        to: planInstant(input.date, team.shift[1]),
      },
      departure: route && stops.length > 0 ? planInstant(input.date, route.departureSeconds) : null,
      return: route && stops.length > 0 ? planInstant(input.date, route.returnSeconds) : null,
      stops,
      geometry,
      distanceMeters: round(route?.distanceMetres ?? 0),
      durationSeconds: round(route?.durationSeconds ?? 0),
    };
  });
}

/** The premises not in any team's round, each with its reason code and message. */
export function unfittedAnswers(input: StoredPlanInput, plan: RoutePlan) {
  const metas = new Map(input.stops.map((s) => [s.businessId, s]));
  return [
    ...input.leftOut,
    ...plan.unfitted.map((u) => ({
      businessId: Number(u.id),
      name: metas.get(Number(u.id))?.name ?? '',
      reason: u.reason as string,
    })),
  ].map((u) => ({ ...u, message: unfittedMessages[u.reason] ?? u.reason }));
}

/** The stops as route_plan_stops rows (planned start of service as an instant). */
export function planStopRows(input: StoredPlanInput, plan: RoutePlan): PlanStopRow[] {
  return plan.routes.flatMap((route) => {
    const t = Number(route.vehicleId);
    return route.stops.map((s, k) => ({
      teamIndex: t,
      teamName: (input.teams[t] as PlanTeamMeta).name,
      seq: k + 1,
      businessId: Number(s.id),
      plannedStart: planInstant(input.date, s.startSeconds),
    }));
  });
}
