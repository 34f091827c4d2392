import type { teamAnswers } from '@ntm/api/route-plans/plan-answer';
import { ApiError } from '../api/geo-client';
import { send } from '../api/send';

// GET /api/route-plans/{id} for the field pages (route sheet, team view). The team and stop
// shapes are the API's own (api/src/route-plans/plan-answer.ts), imported as types only; the
// GET adds `done` and `inspectionId` per stop (api/src/routes/route-plans.ts).

type TeamAnswer = ReturnType<typeof teamAnswers>[number];

export type PlanStop = TeamAnswer['stops'][number] & {
  /** A recorded inspection of the premises started on the plan's day. */
  done: boolean;
  inspectionId: number | null;
};

export type PlanTeam = Omit<TeamAnswer, 'stops'> & { stops: PlanStop[] };

export interface SavedRoutePlan {
  id: number;
  date: string;
  seasons: string[];
  surprise: boolean;
  serviceMinutes: number;
  travel: { source: 'roads' | 'straight-line' };
  teams: PlanTeam[];
}

/** Why the plan is not shown: none with that id (or a surprise round hidden), no right, other. */
export type PlanFailure = 'not-found' | 'forbidden' | 'network' | 'other';

export type PlanLoad =
  | { status: 'loading' }
  | { status: 'ready'; plan: SavedRoutePlan }
  | { status: 'error'; failure: PlanFailure };

export async function loadRoutePlan(id: number): Promise<PlanLoad> {
  try {
    return { status: 'ready', plan: await send<SavedRoutePlan>('GET', `/route-plans/${id}`) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.kind === 'network') return { status: 'error', failure: 'network' };
    if (error.status === 404) return { status: 'error', failure: 'not-found' };
    if (error.status === 403) return { status: 'error', failure: 'forbidden' };
    return { status: 'error', failure: 'other' };
  }
}

/** The GPX download of a plan (a plain link: the browser saves it as the API names it). */
export const gpxPath = (planId: number) => `/api/route-plans/${planId}.gpx`;
