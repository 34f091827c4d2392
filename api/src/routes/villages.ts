import { findVillagesGeoJson } from '@ntm/db/queries/villages';
import { Hono } from 'hono';
import type { AppEnv } from '../lib/app-env';
import { geojson } from '../lib/geojson-response';

export const villages = new Hono<AppEnv>().get('/', async (c) => {
  const { sql, env } = c.get('deps');
  return geojson(c, await findVillagesGeoJson(sql, env.COMMUNE_CODE));
});
