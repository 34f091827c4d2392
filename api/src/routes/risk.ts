import { riskInputs } from '@ntm/db/queries/risk';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import type { AppEnv } from '../lib/app-env';
import { validate } from '../lib/validate';
import { scoreBusinesses } from '../risk/score-businesses';
import { seasonsOfDay } from '../seasons/day-seasons';

const query = z.object({
  on: z.iso
    .date()
    .refine((d) => d >= '2020-01-01' && d <= '2035-12-31', 'ngày trong 2020–2035')
    .optional(),
});

/** Today in Vietnam time, 'YYYY-MM-DD'. */
const vietnamToday = (now: Date) =>
  new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * GET /api/risk/businesses?on=: every open business with its risk score 0–100, level, the
 * factors whose points add up to it, and a plain sentence for the top ones. Highest first.
 */
export const risk = new Hono<AppEnv>().get('/businesses', validate('query', query), async (c) => {
  const { env, now } = c.get('deps');
  const on = c.req.valid('query').on ?? vietnamToday(now());
  const { seasons, rows } = await inTransaction(c, async (tx) => ({
    seasons: await seasonsOfDay(tx, env.COMMUNE_CODE, on),
    rows: await riskInputs(tx, env.COMMUNE_CODE, on),
  }));
  const features = scoreBusinesses(rows, seasons);
  return c.json({
    type: 'FeatureCollection',
    on,
    seasons: seasons.map((s) => s.name),
    features,
  });
});
