import { findKeyAreasGeoJson } from '@ntm/db/queries/key-areas';
import { keyAreaKinds } from '@ntm/db/schema/values';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../lib/app-env';
import { geojson } from '../lib/geojson-response';
import { validate } from '../lib/validate';
import { listParam } from '../schemas/geojson';

const query = z.object({ kind: listParam(keyAreaKinds).optional() });

export const keyAreas = new Hono<AppEnv>().get('/', validate('query', query), async (c) => {
  const { sql, env } = c.get('deps');
  return geojson(c, await findKeyAreasGeoJson(sql, env.COMMUNE_CODE, c.req.valid('query').kind));
});
