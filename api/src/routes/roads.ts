import { findRoadsGeoJson } from '@ntm/db/queries/roads';
import { Hono } from 'hono';
import type { AppEnv } from '../lib/app-env';
import { geojson } from '../lib/geojson-response';

export const roads = new Hono<AppEnv>().get('/', async (c) => {
  const { sql, env } = c.get('deps');
  return geojson(c, await findRoadsGeoJson(sql, env.COMMUNE_CODE));
});
