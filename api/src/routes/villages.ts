import { findVillagesGeoJson } from '@ntm/db/queries/villages';
import { Hono } from 'hono';
import type { AppEnv } from '../lib/app-env';
import { boundaryDayQuery } from '../lib/boundary-day';
import { geojson } from '../lib/geojson-response';
import { validate } from '../lib/validate';

/**
 * GET /api/villages?on=YYYY-MM-DD: the villages valid that day with their outline of the day
 * (`validFrom`, `validTo` of the version), default today's.
 */
export const villages = new Hono<AppEnv>().get(
  '/',
  validate('query', boundaryDayQuery),
  async (c) => {
    const { sql, env } = c.get('deps');
    return geojson(c, await findVillagesGeoJson(sql, env.COMMUNE_CODE, c.req.valid('query').on));
  },
);
