import type { InferRequestType } from 'hono/client';
import { answer, api, type Body } from './api';
import { idParam } from './id-param';

// The route plans of issue #7 (README: POST/GET/PUT /api/route-plans): the planner's plan, the
// field pages' saved plan and the team's schedule, all as the API answers them.

const plans = api['route-plans'];

/** A plan as the API answers a new one or a new order: what the planner shows. */
export type PlanAnswer = Body<typeof plans.$post>;
/** A stored plan as the field pages read it (each stop also says whether it was inspected). */
export type SavedRoutePlan = Body<(typeof plans)[':id']['$get']>;
export type PlanTeam = SavedRoutePlan['teams'][number];
export type PlanStop = PlanTeam['stops'][number];
export type RoutePlanBody = InferRequestType<typeof plans.$post>['json'];
export type RoundStop = Body<typeof plans.stops.$get>['stops'][number];

export const routePlanClient = {
  create: (body: RoutePlanBody) => answer(plans.$post({ json: body })),
  get: (id: number) => answer(plans[':id'].$get(idParam(id))),
  /** The stops of the saved rounds of the days `from`–`to` (YYYY-MM-DD): the team's schedule. */
  stops: (from: string, to: string) => answer(plans.stops.$get({ query: { from, to } })),
  /** The planner's order, one list of business ids per team in the plan's team order. */
  saveTeams: (id: number, teams: number[][]) =>
    answer(
      plans[':id'].teams.$put({
        ...idParam(id),
        json: { teams: teams.map((businessIds) => ({ businessIds })) },
      }),
    ),
};

export const planLinks = {
  print: (id: number) => `/tuyen-kiem-tra/in?plan=${id}`,
  phone: (id: number, team: number) => `/tuyen-kiem-tra/doi?plan=${id}&team=${team}`,
  gpx: (id: number) => `/api/route-plans/${id}.gpx`,
};
