import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { bigCommuneRow, communeCode } from '../columns/commune-code';
import { bigRowRef } from '../columns/row-ref';
import { authorship, instant } from '../columns/timestamps';
import { businesses } from './businesses';

/**
 * An inspection round planned by the police (POST /api/route-plans): the request as sent
 * (`params`), the solver's input without its matrix (`input`, times in seconds from the plan
 * day's midnight, Vietnam time) and the answer as the API gave it (`plan`, with the travel
 * matrix), so a saved edit can be checked against exactly what was planned. A surprise round
 * is hidden from leadership (row-level security).
 */
export const routePlans = pgTable(
  'route_plans',
  {
    ...bigCommuneRow(),
    /** The Vietnam day the round is for (a shift past midnight ends the next morning). */
    date: date('date').notNull(),
    ...authorship(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Seed of the selection and of the search: the same seed and history give the same plan. */
    seed: bigint('seed', { mode: 'number' }).notNull(),
    surprise: boolean('surprise').notNull().default(false),
    params: jsonb('params').notNull(),
    input: jsonb('input').notNull(),
    plan: jsonb('plan').notNull(),
  },
  (t) => [index('route_plans_commune_date_idx').on(t.communeCode, t.date)],
);

/**
 * One planned stop per row, in team order: what rotation looks back at (which premises were
 * planned at which hour) and what "done" is computed from (a recorded inspection of the
 * business on the plan's day).
 */
export const routePlanStops = pgTable(
  'route_plan_stops',
  {
    planId: bigRowRef('plan_id', () => routePlans.id, { onDelete: 'cascade' }).notNull(),
    communeCode: communeCode(),
    teamIndex: integer('team_index').notNull(),
    teamName: text('team_name').notNull(),
    /** 1-based place in the team's round. */
    seq: integer('seq').notNull(),
    businessId: bigRowRef('business_id', () => businesses.id).notNull(),
    plannedStart: instant('planned_start').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.teamIndex, t.seq] }),
    index('route_plan_stops_business_idx').on(t.businessId, t.plannedStart),
  ],
);
