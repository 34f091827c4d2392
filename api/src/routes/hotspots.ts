import { countEventsPerCell } from '@ntm/db/queries/hex';
import { addDays, vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { cellKey, cellPolygon } from '@ntm/domain/geo/hex';
import { communeCells } from '@ntm/domain/risk/commune-cells';
import { hotSpots } from '@ntm/domain/risk/hotspots';
import { suppressSmallCounts, tipFloor, widenToFloor } from '@ntm/domain/risk/tip-floor';
import { Hono } from 'hono';
import { z } from 'zod';
import { rolesReadingTips } from '../auth/access-rules';
import { inTransaction } from '../lib/actor';
import { ApiError } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { computedAnswer } from '../lib/computed-answer';
import { cellMetersParam, modelDay } from '../lib/day-params';
import { validate } from '../lib/validate';

const query = z
  .object({
    layer: z.enum(['tips', 'violations']),
    from: modelDay.optional(),
    to: modelDay.optional(),
    cellMeters: cellMetersParam,
    /** Neighbours are the cells whose centres lie this close; default the six adjacent ones. */
    neighbourMeters: z.coerce.number().positive().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from phải trước hoặc bằng to',
    path: ['from'],
  })
  .refine(
    (q) =>
      q.neighbourMeters === undefined ||
      (q.neighbourMeters >= q.cellMeters && q.neighbourMeters <= 10 * q.cellMeters),
    { message: 'neighbourMeters từ cellMeters đến 10 lần cellMeters', path: ['neighbourMeters'] },
  );

/**
 * GET /api/hotspots?layer=tips|violations&from=&to=&cellMeters=: Getis-Ord Gi* per hexagonal
 * cell over the commune (z, p and the FDR-corrected class). Counts only: no tip or inspection
 * leaves the database, only where events happened, counted per cell. A role that may not read
 * tips gets the tips layer only above a floor (risk/tip-floor.ts): cells of 500 m or more, 90
 * days or more, cells under 3 tips counted as 0; the answer says the cell size and period used.
 */
export const hotspots = new Hono<AppEnv>().get('/', validate('query', query), async (c) => {
  const { env, now } = c.get('deps');
  const q = c.req.valid('query');
  const askedTo = q.to ?? vietnamToday(now());
  const asked = {
    cellMeters: q.cellMeters,
    from: q.from ?? addDays(askedTo, -364), // 365 days, both ends included
    to: askedTo,
  };
  const role = c.get('account')?.role;
  const floored = q.layer === 'tips' && !rolesReadingTips.some((r) => r === role);
  if (asked.from > asked.to) {
    // Only `from` given, after today.
    throw new ApiError(400, 'invalid-request', 'Dữ liệu gửi lên không hợp lệ', [
      { path: 'from', message: 'from phải trước hoặc bằng to' },
    ]);
  }
  const { cellMeters, from, to } = floored ? widenToFloor(asked) : asked;
  const neighbourMeters =
    q.neighbourMeters === undefined ? cellMeters * 1.01 : Math.max(q.neighbourMeters, cellMeters);
  const question = `${q.layer}|${from}|${to}|${cellMeters}|${neighbourMeters}`;
  return computedAnswer(c, question, async () => {
    const { grid, cells, counted } = await inTransaction(c, async (tx) => {
      const area = await communeCells(tx, env.COMMUNE_CODE, cellMeters);
      const rows = await countEventsPerCell(tx, area.grid, {
        communeCode: env.COMMUNE_CODE,
        layer: q.layer,
        from,
        to,
      });
      return { ...area, counted: rows };
    });
    const inArea = new Set(cells.map(cellKey));
    const allCounts = new Map(
      counted.filter((r) => inArea.has(cellKey(r))).map((r) => [cellKey(r), r.count]),
    );
    const counts = floored ? suppressSmallCounts(allCounts) : allCounts;
    const stats = hotSpots(grid, cells, counts, neighbourMeters);
    return {
      type: 'FeatureCollection' as const,
      layer: q.layer,
      from,
      to,
      cellMeters,
      neighbourMeters,
      suppressedBelow: floored ? tipFloor.minCount : null,
      fdr: true,
      cells: cells.length,
      // Events inside the commune's cells (a point outside every cell is not counted).
      events: [...counts.values()].reduce((s, n) => s + n, 0),
      features: stats.map((s, i) => ({
        type: 'Feature' as const,
        id: s.cell,
        geometry: cellPolygon(grid, cells[i] as (typeof cells)[number]),
        properties: s,
      })),
    };
  });
});
