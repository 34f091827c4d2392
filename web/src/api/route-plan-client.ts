import type { RoutePlanBody } from '@ntm/api/schemas/route-plan';
import type { RoundStop } from '@ntm/db/queries/round-stops';
import type { RoutePlan } from '@ntm/solver/routes/route-plan';
import type { RoutesInput } from '@ntm/solver/routes/routes-input';
import { z } from 'zod';
import { send } from './send';

// The route plans of issue #7 (README: POST/GET/PUT /api/route-plans). The answer is checked
// with zod for the parts the planner reads; the solver's own input and plan are passed back
// to `reoptimise` as they came (their types are the solver's).

const lngLat = z.tuple([z.number(), z.number()]);
const instant = z.string();

const planStop = z.object({
  businessId: z.number(),
  name: z.string(),
  lngLat,
  arrival: instant,
  start: instant,
  departure: instant,
  window: z.object({ from: instant, to: instant }).nullable(),
  riskScore: z.number(),
  reason: z.enum(['rank', 'random']),
  done: z.boolean().optional(),
  inspectionId: z.number().nullish(),
});

const planTeam = z.object({
  index: z.number(),
  name: z.string(),
  start: lngLat,
  shift: z.object({ from: instant, to: instant }),
  stops: z.array(planStop),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(lngLat) }).nullable(),
  distanceMeters: z.number(),
  durationSeconds: z.number(),
});

const planAnswer = z.object({
  id: z.number(),
  date: z.string(),
  seed: z.number(),
  surprise: z.boolean(),
  serviceMinutes: z.number(),
  seasons: z.array(z.string()),
  travel: z.object({
    source: z.enum(['roads', 'straight-line']),
    straightLine: z.object({ note: z.string() }).optional(),
  }),
  teams: z.array(planTeam),
  unfitted: z.array(
    z.object({ businessId: z.number(), name: z.string(), reason: z.string(), message: z.string() }),
  ),
  matrix: z.object({
    durationsSeconds: z.array(z.array(z.number())),
    distancesMeters: z.array(z.array(z.number())),
  }),
  solver: z.object({ input: z.unknown(), plan: z.unknown() }),
});

/** A stored plan as the API answers it, with the solver's input and plan typed. */
export type PlanAnswer = Omit<z.infer<typeof planAnswer>, 'solver'> & {
  solver: { input: Omit<RoutesInput, 'matrix'>; plan: RoutePlan };
};
export type { RoundStop, RoutePlanBody };

function parsed(body: unknown, path: string): PlanAnswer {
  const result = planAnswer.safeParse(body);
  if (!result.success) {
    console.error(`${path}:`, z.prettifyError(result.error));
    throw new Error(`unreadable answer from ${path}`);
  }
  return result.data as PlanAnswer;
}

export const routePlanClient = {
  create: async (body: RoutePlanBody) =>
    parsed(await send('POST', '/route-plans', body), 'POST /api/route-plans'),
  get: async (id: number) =>
    parsed(await send('GET', `/route-plans/${id}`), `GET /api/route-plans/${id}`),
  /** The stops of the saved rounds of the days `from`–`to` (YYYY-MM-DD): the team's schedule. */
  stops: (from: string, to: string) =>
    send<{ stops: RoundStop[] }>(
      'GET',
      `/route-plans/stops?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    ),
  /** The planner's order, one list of business ids per team in the plan's team order. */
  saveTeams: async (id: number, teams: number[][]) =>
    parsed(
      await send('PUT', `/route-plans/${id}/teams`, {
        teams: teams.map((businessIds) => ({ businessIds })),
      }),
      `PUT /api/route-plans/${id}/teams`,
    ),
};

export const planLinks = {
  print: (id: number) => `/tuyen-kiem-tra/in?plan=${id}`,
  phone: (id: number, team: number) => `/tuyen-kiem-tra/doi?plan=${id}&team=${team}`,
  gpx: (id: number) => `/api/route-plans/${id}.gpx`,
};
