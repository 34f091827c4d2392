import { postgisVersion } from '@ntm/db/queries/health';
import { Hono } from 'hono';
import type { AppEnv } from '../lib/app-env';

export const health = new Hono<AppEnv>().get('/', async (c) => {
  try {
    const postgis = await postgisVersion(c.get('deps').sql);
    return c.json({ status: 'ok' as const, db: 'ok' as const, postgis });
  } catch {
    return c.json({ status: 'degraded' as const, db: 'unreachable' as const, postgis: null }, 503);
  }
});
