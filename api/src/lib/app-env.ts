import type { Pool } from '@ntm/db/client';
import type { RequestIdVariables } from 'hono/request-id';
import type { Env } from '../env';

export type AppDeps = {
  sql: Pool;
  env: Pick<Env, 'COMMUNE_CODE' | 'BASEMAP_URL' | 'BASEMAP_ATTRIBUTION' | 'AUDIT_HASH_KEY'>;
};

/** What every handler finds on the context. */
export type AppEnv = {
  Variables: RequestIdVariables & { deps: AppDeps; clientAddress: string | null };
};
