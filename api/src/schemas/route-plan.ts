// zod-only: safe to import from the web bundle (the planner screen builds the same bodies).
import { z } from 'zod';
import { modelDay } from '../lib/day-params';
import { latitude, longitude } from './geojson';

/** 'HH:MM', 00:00–24:00 (24:00 only as an end). */
export const clockTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'giờ dạng HH:MM, từ 00:00 đến 24:00');

export const riskLevels = ['low', 'medium', 'high', 'very-high'] as const;

/** Most stops one plan may hold (the solver's limit too). */
export const maxPlanStops = 1000;

/**
 * A team's shift on the plan's day. `to` earlier than or equal to `from` is refused unless
 * `overnight: true` says the shift runs past midnight (20:00–02:00 ends the next morning): a
 * typo must not silently become an 18-hour shift.
 */
export const shift = z.strictObject({
  from: clockTime,
  to: clockTime,
  overnight: z.boolean().optional(),
});

export const planTeam = z.strictObject({
  name: z.string().trim().min(1).max(80),
  /** `[lng, lat]`; the commune's default depot when absent (see defaultDepot). */
  start: z.tuple([longitude, latitude]).optional(),
  shift,
  /** The same as `shift.overnight`, accepted here too. */
  overnight: z.boolean().optional(),
});

/**
 * POST /api/route-plans (ARCHITECTURE.md §5). Counts that make a plan impossible (no teams,
 * too many stops) pass here and get a 422 with the reason from the route; malformed values are
 * a 400. The id list is bounded by the 1 MB body limit, not here, so 5,000 ids get the 422.
 */
export const routePlanBody = z.strictObject({
  date: modelDay,
  teams: z.array(planTeam).max(50),
  businessIds: z.array(z.number().int().positive()).optional(),
  selection: z
    .strictObject({
      minRiskLevel: z.enum(riskLevels).optional(),
      maxStops: z.number().int().min(1).max(maxPlanStops).optional(),
      /** Share of the stops drawn at random among lower-ranked premises, 0–1 (default 0.2). */
      randomShare: z.number().min(0).max(1).optional(),
    })
    .optional(),
  /** Minutes spent at each premises (default 15). */
  serviceMinutes: z.number().int().min(1).max(240).optional(),
  /** Seed of the random share and of the search; drawn and stored when absent. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  /** A surprise round: not shown to leadership, only to the police. */
  surprise: z.boolean().optional(),
});

export type RoutePlanBody = z.infer<typeof routePlanBody>;

/**
 * PUT /api/route-plans/{id}/teams: the order the planner settled on (after dragging stops,
 * typically re-optimised in the browser with the solver's `reoptimise`), one list of business
 * ids per team in the plan's team order. Times are recomputed and checked on the server.
 */
export const routePlanTeamsBody = z.strictObject({
  teams: z
    .array(z.strictObject({ businessIds: z.array(z.number().int().positive()).max(maxPlanStops) }))
    .max(50),
});
