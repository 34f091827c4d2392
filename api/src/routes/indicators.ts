import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { computeIndicators } from '@ntm/domain/indicators/compute-indicators';
import { indicatorAsOf } from '@ntm/domain/indicators/year-clock';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import type { AppEnv } from '../lib/app-env';
import { computedAnswer } from '../lib/computed-answer';
import { validate } from '../lib/validate';

const query = z.strictObject({ year: z.coerce.number().int().optional() });

/**
 * The plan's indicators a–g with their trend, drill-down and the dashboard's charts, for a
 * year (default: this year in Vietnam time) as of today, or 31 December for a past year.
 * Leadership, police, health and culture; support numbers exact for health only.
 */
export const indicators = new Hono<AppEnv>().get('/', validate('query', query), async (c) => {
  const { env, now } = c.get('deps');
  const at = now();
  const year = c.req.valid('query').year ?? Number(vietnamToday(at).slice(0, 4));
  const asOf = indicatorAsOf(year, at);
  const exactSupport = c.get('account')?.role === 'health';
  // As of a day: every due state and count turns at a Vietnam midnight, so the day is the key.
  return computedAnswer(c, `${year}|${asOf}|${vietnamToday(at)}`, () =>
    inTransaction(c, (tx) => computeIndicators(tx, env, year, { asOf, now: at, exactSupport })),
  );
});
