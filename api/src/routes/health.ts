import { postgisVersion } from '@ntm/db/queries/health';
import { Hono } from 'hono';
import type { AppEnv } from '../lib/app-env';

/** A database that has not answered by then counts as unreachable (a probe must not hang). */
const probeTimeoutMs = 2_000;

const withTimeout = <T>(work: Promise<T>) =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error('timeout')), probeTimeoutMs).unref();
    }),
  ]);

/**
 * Health for people and for an orchestrator: `/` says what runs (database, PostGIS); `/live`
 * only that the process answers (restart it when it does not); `/ready` whether it should be
 * sent requests: the database answers and the process is not stopping (and how the dashboards'
 * standby fares, if there is one).
 */
export const health = new Hono<AppEnv>()
  .get('/', async (c) => {
    try {
      const postgis = await withTimeout(postgisVersion(c.get('deps').sql));
      return c.json({ status: 'ok' as const, db: 'ok' as const, postgis });
    } catch {
      return c.json(
        { status: 'degraded' as const, db: 'unreachable' as const, postgis: null },
        503,
      );
    }
  })
  .get('/live', (c) => c.json({ status: 'ok' as const }))
  .get('/ready', async (c) => {
    const { sql, lifecycle, standby } = c.get('deps');
    if (lifecycle.draining) {
      return c.json({ status: 'stopping' as const, db: null }, 503);
    }
    try {
      await withTimeout(sql`select 1`);
      // A standby that is down or behind costs nothing but speed: the primary reads instead.
      return c.json({
        status: 'ready' as const,
        db: 'ok' as const,
        ...(standby && { standby: standby.health() }),
      });
    } catch {
      return c.json({ status: 'not-ready' as const, db: 'unreachable' as const }, 503);
    }
  });
