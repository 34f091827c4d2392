import { randomInt } from 'node:crypto';
import type { Sql } from '@ntm/db/client';
import { riskInputs } from '@ntm/db/queries/risk';
import { latestWeightSet } from '@ntm/db/queries/risk-weights';
import {
  accessSpeedKmh,
  defaultDepot,
  type LngLat,
  roadSpeedsKmh,
  routeLines,
  straightLineDetour,
  straightLineSpeedKmh,
  travelMatrix,
} from '@ntm/db/queries/road-network';
import { openingHoursOf, plannedStartsBetween } from '@ntm/db/queries/route-plans';
import { addDays } from '@ntm/domain/clock/vietnam-day';
import { selectForPlan } from '@ntm/domain/risk/plan-selection';
import { scoreBusinesses } from '@ntm/domain/risk/score-businesses';
import { weightsInForce } from '@ntm/domain/risk/weights-in-force';
import { seasonsOfDay } from '@ntm/domain/seasons/day-seasons';
import { solveRoutes } from '@ntm/solver/routes/solve-routes';
import { type RoutePlanBody, riskLevels } from '../schemas/route-plan';
import { openingWindows, type Window } from './opening-windows';
import {
  type PlanStopMeta,
  type PlanTeamMeta,
  type StoredPlanInput,
  teamAnswers,
  unfittedAnswers,
} from './plan-answer';
import { checkIds, teamShifts, unprocessable } from './plan-request-checks';
import {
  avoidEarlierHours,
  earlierTimesOfDay,
  rotationBandSeconds,
  rotationDays,
} from './rotation';

export const defaults = { maxStops: 40, randomShare: 0.2, serviceMinutes: 15, minRiskLevel: 'low' };
/**
 * Search limits: about a second at most, and a fixed number of ruin-and-recreate steps so the
 * same seed gives the same plan on any machine (on this one 40 premises and two teams finish
 * the steps well inside the second; the budget only caps a slow machine or a huge plan).
 */
export const searchLimits = { timeBudgetMs: 1000, maxIterations: 3000 };
/** Leg costs jittered ±15 % while searching when the plan draws at random: seeds differ. */
const jitterWithRandomShare = 0.15;

/**
 * The solver covers as much weight as it can, so weight is the risk score (a score of 0 still
 * counts a little). A premises drawn at random would then be the first left out, and the draw
 * would be for nothing; it weighs as much as the median premises picked by rank instead, so
 * the random share really is visited as often as an average pick.
 */
function stopWeight(stop: PlanStopMeta, randomWeight: number): number {
  const own = Math.max(1, stop.riskScore);
  return stop.reason === 'random' ? Math.max(own, randomWeight) : own;
}

function medianWeight(stops: readonly PlanStopMeta[]): number {
  const sorted = stops.map((s) => Math.max(1, s.riskScore)).sort((a, b) => a - b);
  return sorted.length === 0 ? 1 : (sorted[Math.floor(sorted.length / 2)] as number);
}

/**
 * Plans a round (POST /api/route-plans, ARCHITECTURE.md §5) inside the caller's transaction:
 * candidates (the given businesses, or the open ones by risk with a seeded random share),
 * windows from opening hours with rotation, travel along the roads, the solver, the answer.
 * Throws ApiError (422) for input that cannot make a plan; reads only, the caller stores.
 */
export async function makePlan(sql: Sql, communeCode: string, body: RoutePlanBody) {
  const shifts = teamShifts(body);
  checkIds(body.businessIds);
  const seed = body.seed ?? randomInt(0, 2 ** 31 - 1);
  const serviceSeconds = (body.serviceMinutes ?? defaults.serviceMinutes) * 60;
  const randomShare = body.businessIds ? 0 : (body.selection?.randomShare ?? defaults.randomShare);
  const span: Window = [Math.min(...shifts.map((s) => s[0])), Math.max(...shifts.map((s) => s[1]))];

  const [seasons, rows, stored] = await Promise.all([
    seasonsOfDay(sql, communeCode, body.date),
    riskInputs(sql, communeCode, body.date),
    latestWeightSet(sql, communeCode),
  ]);
  const ranked = scoreBusinesses(rows, seasons, weightsInForce(stored).weights);
  const hours = await openingHoursOf(
    sql,
    communeCode,
    ranked.map((f) => f.properties.id),
  );
  const windowsOf = (id: number) => openingWindows(hours.get(id), body.date, span, serviceSeconds);

  let picks: Array<{ feature: (typeof ranked)[number]; reason: 'rank' | 'random' }>;
  if (body.businessIds) {
    const byId = new Map(ranked.map((f) => [f.properties.id, f]));
    const unknown = body.businessIds.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      throw unprocessable('unknown-business', 'Không tìm thấy cơ sở (hoặc cơ sở đã đóng cửa hẳn)', {
        ids: unknown,
      });
    }
    const wanted = new Set(body.businessIds);
    picks = ranked
      .filter((f) => wanted.has(f.properties.id))
      .map((feature) => ({ feature, reason: 'rank' }));
  } else {
    const minLevel = riskLevels.indexOf(body.selection?.minRiskLevel ?? 'low');
    // Only premises open at some time of the shifts are worth a place in the draw.
    const open = ranked.filter(
      (f) =>
        riskLevels.indexOf(f.properties.riskLevel as (typeof riskLevels)[number]) >= minLevel &&
        windowsOf(f.properties.id).length > 0,
    );
    picks = selectForPlan(open, {
      maxStops: body.selection?.maxStops ?? defaults.maxStops,
      randomShare,
      seed,
    }).map((p) => ({ feature: p.candidate, reason: p.reason }));
  }

  // Rotation: the hours these premises were planned at in the rounds of the days before.
  const earlier = await plannedStartsBetween(
    sql,
    communeCode,
    picks.map((p) => p.feature.properties.id),
    addDays(body.date, -rotationDays),
    addDays(body.date, -1),
  );
  const earlierTimes = earlierTimesOfDay(body.date, earlier);

  const teamsWithoutStart = body.teams.some((t) => !t.start);
  const depot = teamsWithoutStart ? await defaultDepot(sql, communeCode) : null;
  if (teamsWithoutStart && !depot) {
    throw unprocessable('no-depot', 'Xã chưa có ranh giới hay đường để chọn điểm xuất phát');
  }
  const teams: PlanTeamMeta[] = body.teams.map((t, i) => ({
    name: t.name,
    start: (t.start ?? depot) as LngLat,
    shift: shifts[i] as [number, number],
  }));

  const stops: PlanStopMeta[] = [];
  const leftOut: StoredPlanInput['leftOut'] = [];
  const rotated: number[] = [];
  for (const { feature, reason } of picks) {
    const id = feature.properties.id;
    const base = windowsOf(id);
    if (base.length === 0) {
      leftOut.push({ businessId: id, name: feature.properties.name, reason: 'closed' });
      continue;
    }
    const turn = avoidEarlierHours(base, earlierTimes.get(id) ?? []);
    if (turn.rotated) rotated.push(id);
    stops.push({
      businessId: id,
      name: feature.properties.name,
      lngLat: feature.geometry.coordinates as LngLat,
      riskScore: feature.properties.riskScore,
      reason,
      windows: turn.windows,
    });
  }

  const randomWeight = medianWeight(stops.filter((s) => s.reason === 'rank'));
  // Matrix rows: the teams' starts, then the stops.
  const locations = [...teams.map((t) => t.start), ...stops.map((s) => s.lngLat)];
  const travel = await travelMatrix(sql, communeCode, locations);
  // Tenths of a second and of a metre: the answer's matrix is then exactly what the solver
  // used, so the planner screen's re-optimisation and a saved edit's check agree with it.
  const tenths = (m: number[][]) => m.map((row) => row.map((x) => Math.round(x * 10) / 10));
  const durations = tenths(travel.durationsSeconds);
  const distances = tenths(travel.distancesMeters);
  const routes: StoredPlanInput['routes'] = {
    stops: stops.map((s, k) => ({
      id: s.businessId,
      index: teams.length + k,
      windows: s.windows,
      serviceSeconds,
      weight: stopWeight(s, randomWeight),
    })),
    vehicles: teams.map((t, i) => ({ id: i, startIndex: i, shift: t.shift })),
    seed,
    jitter: randomShare > 0 ? jitterWithRandomShare : 0,
    ...searchLimits,
  };
  const solved = solveRoutes({
    ...routes,
    matrix: { duration: durations, distance: distances },
  });
  if (!solved.ok) throw unprocessable(solved.reason, solved.message);

  const input: StoredPlanInput = { date: body.date, routes, teams, stops, leftOut };
  const lines = await routeLines(
    sql,
    communeCode,
    teams.map((t, i) => {
      const route = solved.plan.routes.find((r) => r.vehicleId === i);
      const visits = (route?.stops ?? []).map((s) => locations[s.index] as LngLat);
      return [t.start, ...visits, t.start];
    }),
    travel.source,
  );
  const answer = {
    date: body.date,
    seasons: seasons.map((s) => s.name),
    seed,
    surprise: body.surprise ?? false,
    serviceMinutes: serviceSeconds / 60,
    depot,
    travel: {
      source: travel.source,
      ...(travel.source === 'roads'
        ? { speedsKmh: roadSpeedsKmh, accessSpeedKmh, straightLinePairs: travel.straightLinePairs }
        : {}),
      ...(travel.source === 'straight-line' || travel.straightLinePairs > 0
        ? {
            straightLine: {
              detourFactor: straightLineDetour,
              speedKmh: straightLineSpeedKmh,
              note: 'Ước tính theo đường thẳng × hệ số vòng, không theo mạng đường',
            },
          }
        : {}),
    },
    rotation: { lookbackDays: rotationDays, bandMinutes: rotationBandSeconds / 60, rotated },
    teams: teamAnswers(input, solved.plan, lines),
    unfitted: unfittedAnswers(input, solved.plan),
    matrix: {
      durationsSeconds: durations,
      distancesMeters: distances,
      teamStartIndex: teams.map((_, i) => i),
      stopIndex: Object.fromEntries(stops.map((s, k) => [s.businessId, teams.length + k])),
    },
    solver: { input: routes, plan: solved.plan, iterations: solved.iterations },
  };
  return { answer, input, plan: solved.plan };
}
