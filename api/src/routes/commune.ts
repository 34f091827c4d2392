import { getCommuneGeoJson } from '@ntm/db/queries/commune';
import { Hono } from 'hono';
import { notFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { geojson } from '../lib/geojson-response';

export const commune = new Hono<AppEnv>().get('/', async (c) => {
  const { sql, env } = c.get('deps');
  const body = await getCommuneGeoJson(sql, env.COMMUNE_CODE);
  if (!body) throw notFound('Địa giới xã');
  return geojson(c, body);
});
