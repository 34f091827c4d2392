import type { RoutePlan } from '@ntm/solver/routes/route-plan';
import type { PlanAnswer } from '../api/route-plan-client';
import { lngLatOf } from '../map/lng-lat';

// What the planner shows, from the stored answer and the plan being edited: the answer holds
// names, places and risk; the plan (the server's, or one re-optimised in the browser after a
// drag) holds the order and the times, in seconds from the plan day's midnight (Vietnam time).

export type LngLat = [lng: number, lat: number];

export type StopView = {
  businessId: number;
  seq: number;
  name: string;
  lngLat: LngLat | null;
  riskScore: number | null;
  random: boolean;
  arrivalSeconds: number;
  startSeconds: number;
  departureSeconds: number;
  /** The opening-hours window the visit starts in, plan seconds. */
  window: [number, number] | null;
  done: boolean;
};

export type TeamView = {
  index: number;
  name: string;
  start: LngLat;
  stops: StopView[];
  distanceMeters: number;
  durationSeconds: number;
  /** The order differs from the stored one: the road line is stale until saved. */
  changed: boolean;
  /** The stored road geometry, when the order is the stored one. */
  line: LngLat[] | null;
};

export type UnfittedView = {
  businessId: number;
  name: string;
  reason: string;
  message: string;
  lngLat: LngLat | null;
  /** The solver knows it (its windows and travel times): it can be moved into a route. */
  movable: boolean;
};

export type PlanView = { teams: TeamView[]; unfitted: UnfittedView[] };

type Meta = { name: string; lngLat: LngLat | null; riskScore: number | null; random: boolean };

/** Names and places of every premises the plan mentions; `places` fills in the unfitted ones. */
function metaOf(answer: PlanAnswer, places: ReadonlyMap<number, LngLat>): Map<number, Meta> {
  const meta = new Map<number, Meta>();
  for (const u of answer.unfitted) {
    meta.set(u.businessId, {
      name: u.name,
      lngLat: places.get(u.businessId) ?? null,
      riskScore: null,
      random: false,
    });
  }
  for (const team of answer.teams) {
    for (const s of team.stops) {
      meta.set(s.businessId, {
        name: s.name,
        lngLat: s.lngLat,
        riskScore: s.riskScore,
        random: s.reason === 'random',
      });
    }
  }
  return meta;
}

const sameOrder = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function planView(
  answer: PlanAnswer,
  plan: RoutePlan,
  places: ReadonlyMap<number, LngLat> = new Map(),
  unfittedMessages: Readonly<Record<string, string>> = {},
): PlanView {
  const meta = metaOf(answer, places);
  const windows = new Map(answer.solver.input.stops.map((s) => [Number(s.id), s.windows ?? []]));
  const done = new Set(
    answer.teams.flatMap((t) => t.stops.filter((s) => s.done).map((s) => s.businessId)),
  );
  const teams = answer.teams.map((team): TeamView => {
    const route = plan.routes.find((r) => Number(r.vehicleId) === team.index);
    const ids = (route?.stops ?? []).map((s) => Number(s.id));
    const changed = !sameOrder(
      ids,
      team.stops.map((s) => s.businessId),
    );
    const stops = (route?.stops ?? []).map((s, k): StopView => {
      const id = Number(s.id);
      const m = meta.get(id);
      const window =
        windows
          .get(id)
          ?.find(([a, b]) => s.startSeconds >= a - 1e-6 && s.startSeconds <= b + 1e-6) ?? null;
      return {
        businessId: id,
        seq: k + 1,
        name: m?.name ?? `#${id}`,
        lngLat: m?.lngLat ?? null,
        riskScore: m?.riskScore ?? null,
        random: m?.random ?? false,
        arrivalSeconds: s.arrivalSeconds,
        startSeconds: s.startSeconds,
        departureSeconds: s.departureSeconds,
        window,
        done: done.has(id),
      };
    });
    return {
      index: team.index,
      name: team.name,
      start: team.start,
      stops,
      distanceMeters: route?.distanceMetres ?? 0,
      durationSeconds: route?.durationSeconds ?? 0,
      changed,
      line: changed ? null : (team.geometry?.coordinates.map(lngLatOf) ?? null),
    };
  });
  // The answer's reasons for what it left out; a stop the planner's drags pushed out says so.
  const stored = new Map(answer.unfitted.map((u) => [u.businessId, u]));
  const solverIds = new Set(answer.solver.input.stops.map((s) => Number(s.id)));
  const inPlanUnfitted = plan.unfitted.map((u) => Number(u.id));
  const closed = answer.unfitted.filter((u) => !solverIds.has(u.businessId));
  const unfitted = [
    ...inPlanUnfitted.map((id): UnfittedView => {
      const before = stored.get(id);
      const reason = before?.reason ?? 'left-out';
      return {
        businessId: id,
        name: meta.get(id)?.name ?? `#${id}`,
        reason,
        message: before?.message ?? unfittedMessages[reason] ?? reason,
        lngLat: meta.get(id)?.lngLat ?? null,
        movable: true,
      };
    }),
    ...closed.map(
      (u): UnfittedView => ({
        ...u,
        lngLat: meta.get(u.businessId)?.lngLat ?? null,
        movable: false,
      }),
    ),
  ];
  return { teams, unfitted };
}

/** The order to save: one list of business ids per team, in the plan's team order. */
export function teamOrders(answer: PlanAnswer, plan: RoutePlan): number[][] {
  return answer.teams.map((team) => {
    const route = plan.routes.find((r) => Number(r.vehicleId) === team.index);
    return (route?.stops ?? []).map((s) => Number(s.id));
  });
}
