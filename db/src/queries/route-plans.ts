import type { Sql } from '../client';
import type { OpeningHours } from '../schema/businesses';
import type { LockableRowKey } from './row-key';

/** Opening hours of the given businesses of a commune (null when not recorded). */
export async function openingHoursOf(
  sql: Sql,
  communeCode: string,
  ids: readonly number[],
): Promise<Map<number, OpeningHours | null>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<{ id: number; hours: OpeningHours | null }[]>`
    select id::float8 as id, opening_hours as hours from businesses
     where commune_code = ${communeCode} and id = any(${ids as number[]}::bigint[])`;
  return new Map(rows.map((r) => [r.id, r.hours]));
}

/**
 * When the given premises were planned in rounds for the days `fromDay`–`toDay` (both
 * included): what rotation avoids.
 */
export async function plannedStartsBetween(
  sql: Sql,
  communeCode: string,
  ids: readonly number[],
  fromDay: string,
  toDay: string,
): Promise<Array<{ businessId: number; plannedStart: Date }>> {
  if (ids.length === 0) return [];
  return sql<Array<{ businessId: number; plannedStart: Date }>>`
    select s.business_id::float8 as "businessId", s.planned_start as "plannedStart"
      from route_plan_stops s join route_plans p on p.id = s.plan_id
     where p.commune_code = ${communeCode} and p.date between ${fromDay}::date and ${toDay}::date
       and s.business_id = any(${ids as number[]}::bigint[])`;
}

export type PlanStopRow = {
  teamIndex: number;
  teamName: string;
  seq: number;
  businessId: number;
  plannedStart: string;
};

export type RoutePlanRow = {
  id: number;
  date: string;
  createdBy: number | null;
  createdAt: Date;
  updatedAt: Date;
  seed: number;
  surprise: boolean;
  params: unknown;
  input: unknown;
  plan: unknown;
};

const planColumns = (sql: Sql) => sql`
  id::float8 as id, to_char(date, 'YYYY-MM-DD') as date, created_by as "createdBy",
  created_at as "createdAt", updated_at as "updatedAt", seed::float8 as seed, surprise`;

/** Stores a plan and its stops; returns its id. */
export async function insertRoutePlan(
  sql: Sql,
  values: {
    communeCode: string;
    date: string;
    createdBy: number | null;
    seed: number;
    surprise: boolean;
    params: unknown;
    input: unknown;
    plan: unknown;
  },
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into route_plans (commune_code, date, created_by, seed, surprise, params, input, plan)
    values (${values.communeCode}, ${values.date}, ${values.createdBy}, ${values.seed},
            ${values.surprise}, ${sql.json(values.params as never)}, ${sql.json(values.input as never)},
            ${sql.json(values.plan as never)})
    returning id::float8 as id`;
  return row.id;
}

/** Replaces the stops of a plan (a new plan, or a saved edit). */
export async function replacePlanStops(
  sql: Sql,
  communeCode: string,
  planId: number,
  stops: readonly PlanStopRow[],
): Promise<void> {
  await sql`delete from route_plan_stops where plan_id = ${planId}`;
  if (stops.length === 0) return;
  await sql`
    insert into route_plan_stops ${sql(
      stops.map((s) => ({
        plan_id: planId,
        commune_code: communeCode,
        team_index: s.teamIndex,
        team_name: s.teamName,
        seq: s.seq,
        business_id: s.businessId,
        planned_start: s.plannedStart,
      })),
    )}`;
}

/** Saves an edited plan's answer. */
export async function updateRoutePlan(sql: Sql, id: number, plan: unknown): Promise<void> {
  await sql`update route_plans set plan = ${sql.json(plan as never)}, updated_at = now() where id = ${id}`;
}

/** The plans the actor may see (row-level security), newest first, without their bodies. */
export async function listRoutePlans(sql: Sql, communeCode: string, limit: number) {
  return sql<
    Array<Omit<RoutePlanRow, 'params' | 'input' | 'plan'> & { teams: number; stops: number }>
  >`
    select ${planColumns(sql)},
           jsonb_array_length(plan -> 'teams') as teams,
           (select count(*)::int from route_plan_stops s where s.plan_id = p.id) as stops
      from route_plans p
     where commune_code = ${communeCode}
     order by created_at desc, id desc
     limit ${limit}`;
}

/** One plan the actor may see, or null; `forUpdate` locks it for a saved edit. */
export async function getRoutePlan(sql: Sql, key: LockableRowKey): Promise<RoutePlanRow | null> {
  const [row] = await sql<RoutePlanRow[]>`
    select ${planColumns(sql)}, params, input, plan
      from route_plans where commune_code = ${key.communeCode} and id = ${key.id}
      ${key.forUpdate ? sql`for update` : sql``}`;
  return row ?? null;
}

/**
 * The recorded inspection of each planned premises that started on the plan's day (Vietnam
 * time), by business id: what marks a stop done (ntm_route_plan_done).
 */
export async function doneInspections(
  sql: Sql,
  communeCode: string,
  day: string,
  businessIds: readonly number[],
): Promise<Map<number, number>> {
  if (businessIds.length === 0) return new Map();
  const rows = await sql<{ businessId: number; inspectionId: number }[]>`
    select business_id::float8 as "businessId", inspection_id::float8 as "inspectionId"
      from ntm_route_plan_done(${communeCode}, ${day}::date, ${businessIds as number[]}::bigint[])`;
  return new Map(rows.map((r) => [r.businessId, r.inspectionId]));
}
