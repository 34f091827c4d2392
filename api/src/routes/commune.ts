import { getCommuneGeoJson } from '@ntm/db/queries/commune';
import { Hono } from 'hono';
import { orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { boundaryDayQuery } from '../lib/boundary-day';
import { geojson } from '../lib/geojson-response';
import { validate } from '../lib/validate';

/** GET /api/commune?on=YYYY-MM-DD: the outline valid that day (default today's). */
export const commune = new Hono<AppEnv>().get(
  '/',
  validate('query', boundaryDayQuery),
  async (c) => {
    const { sql, env } = c.get('deps');
    const body = orNotFound(
      await getCommuneGeoJson(sql, env.COMMUNE_CODE, c.req.valid('query').on),
      'Địa giới xã',
    );
    return geojson(c, body);
  },
);
