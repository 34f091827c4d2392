import type { Sql } from '@ntm/db/client';
import { type LngLat, routeLines, type TravelSource } from '@ntm/db/queries/road-network';
import { roundStopsBetween } from '@ntm/db/queries/round-stops';
import {
  doneInspections,
  getRoutePlan,
  insertRoutePlan,
  listRoutePlans,
  type RoutePlanRow,
  replacePlanStops,
  updateRoutePlan,
} from '@ntm/db/queries/route-plans';
import { plainFileName } from '@ntm/domain/files/plain-file-name';
import { checkRoutePlan } from '@ntm/solver/routes/check-route-plan';
import type { RoutePlan } from '@ntm/solver/routes/route-plan';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import { ApiError, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { downloadDisposition } from '../lib/download-name';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { planGpx } from '../route-plans/gpx';
import { makePlan } from '../route-plans/make-plan';
import {
  planStopRows,
  type StoredPlanInput,
  teamAnswers,
  unfittedAnswers,
} from '../route-plans/plan-answer';
import { scheduleOrder } from '../route-plans/schedule-order';
import { idPath } from '../schemas/geojson';
import { isoDate } from '../schemas/instant';
import { routePlanBody, routePlanTeamsBody } from '../schemas/route-plan';

type PlanAnswer = Awaited<ReturnType<typeof makePlan>>['answer'];

const gpxPath = z.object({ file: z.string().regex(/^\d{1,15}\.gpx$/) });
const daySpanDays = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const stopsQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((q) => q.to >= q.from, { message: 'Ngày “đến” phải sau ngày “từ”', path: ['to'] })
  .refine((q) => daySpanDays(q.from, q.to) <= 31, {
    message: 'Chỉ xem được tối đa 31 ngày một lần',
    path: ['to'],
  });
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

const planOrNotFound = async (tx: Sql, communeCode: string, id: number, lock = false) => {
  return orNotFound(
    await getRoutePlan(tx, { communeCode, id, forUpdate: lock }),
    'Kế hoạch tuần tra',
  );
};

/** The stored answer with its id and, per stop, whether it is done (an inspection that day). */
async function planJson(tx: Sql, communeCode: string, row: RoutePlanRow) {
  const plan = row.plan as PlanAnswer;
  const ids = plan.teams.flatMap((t) => t.stops.map((s) => s.businessId));
  const done = await doneInspections(tx, communeCode, row.date, ids);
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    ...plan,
    teams: plan.teams.map((team) => ({
      ...team,
      stops: team.stops.map((s) => ({
        ...s,
        done: done.has(s.businessId),
        inspectionId: done.get(s.businessId) ?? null,
      })),
    })),
  };
}

/** What the audit keeps of a plan: who goes where in which order, not the matrix. */
const auditedPlan = (plan: PlanAnswer) => ({
  date: plan.date,
  seed: plan.seed,
  surprise: plan.surprise,
  teams: plan.teams.map((t) => ({ name: t.name, stops: t.stops.map((s) => s.businessId) })),
  unfitted: plan.unfitted.map((u) => u.businessId),
});

/**
 * Inspection route plans (issue #7, ARCHITECTURE.md §5). The police plan and save rounds;
 * leadership reads the rounds that are not surprise rounds (row-level security hides those:
 * 404). A stop is done when a recorded inspection of its premises started on the plan's day.
 */
export const routePlans = new Hono<AppEnv>()
  .post('/', validate('json', routePlanBody), async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    const answer = await inTransaction(c, async (tx) => {
      const made = await makePlan(tx, source.communeCode, body);
      const id = await insertRoutePlan(tx, {
        communeCode: source.communeCode,
        date: body.date,
        createdBy: source.userId,
        seed: made.answer.seed,
        surprise: made.answer.surprise,
        params: body,
        input: made.input,
        plan: made.answer,
      });
      await replacePlanStops(tx, source.communeCode, id, planStopRows(made.input, made.plan));
      await recordAudit(tx, source, 'create', 'route-plan', id, {
        after: auditedPlan(made.answer),
      });
      return planJson(tx, source.communeCode, await planOrNotFound(tx, source.communeCode, id));
    });
    c.header('Location', `/api/route-plans/${answer.id}`);
    return c.json(answer, 201);
  })
  .get('/', validate('query', listQuery), async (c) => {
    const { env } = c.get('deps');
    const { limit } = c.req.valid('query');
    const plans = await inTransaction(c, (tx) => listRoutePlans(tx, env.COMMUNE_CODE, limit));
    return c.json({ plans });
  })
  // The stops of the saved rounds of some days: the team's schedule at /kiem-tra. Before '/:id'.
  .get('/stops', validate('query', stopsQuery), async (c) => {
    const { env } = c.get('deps');
    const { from, to } = c.req.valid('query');
    const stops = await inTransaction(c, (tx) => roundStopsBetween(tx, env.COMMUNE_CODE, from, to));
    return c.json({ stops });
  })
  // Before '/:id', which would otherwise take '12.gpx' as an id.
  .get('/:file{[0-9]+\\.gpx}', validate('param', gpxPath), async (c) => {
    const { env } = c.get('deps');
    const id = Number(c.req.valid('param').file.slice(0, -4));
    const row = await inTransaction(c, (tx) => planOrNotFound(tx, env.COMMUNE_CODE, id));
    const plan = row.plan as PlanAnswer;
    const gpx = planGpx(
      `Kế hoạch kiểm tra ${plan.date} (#${row.id})`,
      plan.teams.map((t) => ({
        name: t.name,
        line: (t.geometry?.coordinates as LngLat[] | undefined) ?? null,
        stops: t.stops,
      })),
    );
    c.header('Content-Type', 'application/gpx+xml; charset=utf-8');
    c.header(
      'Content-Disposition',
      downloadDisposition(plainFileName(`lộ trình ${plan.date} ${row.id}.gpx`)),
    );
    return c.body(gpx);
  })
  .get('/:id', validate('param', idPath), async (c) => {
    const { env } = c.get('deps');
    const { id } = c.req.valid('param');
    const answer = await inTransaction(c, async (tx) =>
      planJson(tx, env.COMMUNE_CODE, await planOrNotFound(tx, env.COMMUNE_CODE, id)),
    );
    return c.json(answer);
  })
  .put('/:id/teams', ...rowAndBody(routePlanTeamsBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const answer = await inTransaction(c, async (tx) => {
      const row = await planOrNotFound(tx, source.communeCode, id, true);
      const stored = row.input as StoredPlanInput;
      const before = row.plan as PlanAnswer;
      if (body.teams.length !== stored.teams.length) {
        throw new ApiError(422, 'teams-do-not-match', `Kế hoạch có ${stored.teams.length} đội`, {
          expected: stored.teams.length,
        });
      }
      const input = {
        ...stored.routes,
        matrix: {
          duration: before.matrix.durationsSeconds,
          distance: before.matrix.distancesMeters,
        },
      };
      const reasons = new Map(
        (before.solver.plan as RoutePlan).unfitted.map((u) => [u.id, u.reason as string]),
      );
      const scheduled = scheduleOrder(
        input,
        body.teams.map((t) => t.businessIds),
        reasons,
      );
      const problems = scheduled.ok ? checkRoutePlan(input, scheduled.plan) : scheduled.problems;
      if (!scheduled.ok || problems.length > 0) {
        throw new ApiError(422, 'infeasible-plan', 'Lộ trình đã sửa không khả thi', { problems });
      }
      const plan = scheduled.plan;
      const locationOf = (index: number) =>
        index < stored.teams.length
          ? (stored.teams[index]?.start as LngLat)
          : (stored.stops[index - stored.teams.length]?.lngLat as LngLat);
      const lines = await routeLines(
        tx,
        source.communeCode,
        stored.teams.map((t, i) => [
          t.start,
          ...(plan.routes[i]?.stops ?? []).map((s) => locationOf(s.index)),
          t.start,
        ]),
        before.travel.source as TravelSource,
      );
      const after: PlanAnswer = {
        ...before,
        teams: teamAnswers(stored, plan, lines),
        unfitted: unfittedAnswers(stored, plan),
        solver: { ...before.solver, plan },
      };
      await updateRoutePlan(tx, id, after);
      await replacePlanStops(tx, source.communeCode, id, planStopRows(stored, plan));
      await recordAudit(tx, source, 'update', 'route-plan', id, {
        before: auditedPlan(before),
        after: auditedPlan(after),
      });
      return planJson(tx, source.communeCode, await planOrNotFound(tx, source.communeCode, id));
    });
    return c.json(answer);
  });
