import { getCommuneInfo } from '@ntm/db/queries/commune';
import { Hono } from 'hono';
import type { AppEnv } from '../lib/app-env';

/** What the web app needs to know before it draws: basemap, commune name, demo-data badge. */
export const config = new Hono<AppEnv>().get('/', async (c) => {
  const { sql, env } = c.get('deps');
  const info = await getCommuneInfo(sql, env.COMMUNE_CODE);
  return c.json({
    communeCode: env.COMMUNE_CODE,
    communeName: info?.name ?? null,
    demoData: info?.synthetic ?? false,
    basemapUrl: env.BASEMAP_URL ?? null,
    basemapAttribution: env.BASEMAP_ATTRIBUTION ?? null,
  });
});
