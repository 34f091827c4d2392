import type { Sql } from '@ntm/db/client';
import { firstModelYear, lastModelYear, vietnamToday } from '@ntm/domain/clock/vietnam-day';
import type { Context } from 'hono';
import { z } from 'zod';
import { inTransaction } from './actor';
import type { AppEnv } from './app-env';

/** `?year=` of the plan's record lists: 2020–2035; without it, this year in Vietnam. */
export const yearQuery = z.object({
  year: z.coerce.number().int().min(firstModelYear).max(lastModelYear).optional(),
});

export const yearOr = (year: number | undefined, now: Date) =>
  year ?? Number(vietnamToday(now).slice(0, 4));

/** One of the plan's record lists for the year asked (else this year), read as the caller. */
export async function listOfYear<T>(
  c: Context<AppEnv>,
  asked: number | undefined,
  list: (tx: Sql, filter: { communeCode: string; year: number }) => Promise<T>,
) {
  const { env, now } = c.get('deps');
  const year = yearOr(asked, now());
  const rows = await inTransaction(c, (tx) => list(tx, { communeCode: env.COMMUNE_CODE, year }));
  return { year, rows };
}
