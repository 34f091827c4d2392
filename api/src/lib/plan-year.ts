import type { Sql } from '@ntm/db/client';
import { firstModelYear, lastModelYear, vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from './actor';
import type { AppEnv } from './app-env';
import { validate } from './validate';

/** `?year=` of the plan's record lists: 2020–2035; without it, this year in Vietnam. */
export const yearQuery = z.object({
  year: z.coerce.number().int().min(firstModelYear).max(lastModelYear).optional(),
});

export const yearOr = (year: number | undefined, now: Date) =>
  year ?? Number(vietnamToday(now).slice(0, 4));

/**
 * `GET /?year=`: one of the plan's record lists for the year asked (else this year), read as
 * the caller, answered as `{ year, [name]: rows }`. The resource's writes chain on to it.
 */
export const listOfYearRoute = <Name extends string, Row>(
  name: Name,
  list: (tx: Sql, filter: { communeCode: string; year: number }) => Promise<Row[]>,
) =>
  new Hono<AppEnv>().get('/', validate('query', yearQuery), async (c) => {
    const { env, now } = c.get('deps');
    const year = yearOr(c.req.valid('query').year, now());
    const rows = await inTransaction(c, (tx) => list(tx, { communeCode: env.COMMUNE_CODE, year }));
    return c.json({ year, [name]: rows } as { year: number } & Record<Name, Row[]>);
  });
