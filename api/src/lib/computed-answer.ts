import type { Pool } from '@ntm/db/client';
import { communeDataVersion } from '@ntm/db/queries/data-version';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { AppEnv } from './app-env';
import { standbyFailed } from './read-standby';

/**
 * A JSON answer computed from the commune's data (risk scores, the risk grid, the indicators),
 * made once per version of that data and kept (`answerCache`): the key names the route and its
 * question, the caller's share of row-level security (role, village), and the data version, so a
 * write anywhere in the commune names a new answer and no one is ever served another's rows.
 * `X-Computed` says whether this answer was `cached` or `fresh`.
 *
 * With a hot standby (read-standby.ts) serving, the version and the answer are read there, and
 * `X-Read-From` says `standby`; if the standby fails mid-answer, the primary answers instead.
 */
export async function computedAnswer<T>(
  c: Context<AppEnv>,
  question: string,
  compute: () => Promise<T>,
): Promise<Response & TypedResponse<JSONParsed<T>, 200, 'json'>> {
  const { standby } = c.get('deps');
  const pool = standby?.pool() ?? null;
  let body: Uint8Array;
  try {
    body = await answerFrom(c, pool, question, compute);
  } catch (error) {
    if (!pool || !standbyFailed(error)) throw error;
    standby?.markDown();
    body = await answerFrom(c, null, question, compute);
  }
  c.header('Content-Type', 'application/json');
  // The bytes c.json would send for the same value: typed for the API's clients as that answer.
  return c.body(new Uint8Array(body)) as unknown as Response &
    TypedResponse<JSONParsed<T>, 200, 'json'>;
}

/** The answer's bytes, from the cache or computed, reading from `pool` (null: the primary). */
async function answerFrom<T>(
  c: Context<AppEnv>,
  pool: Pool | null,
  question: string,
  compute: () => Promise<T>,
): Promise<Uint8Array> {
  const { sql, env, answerCache } = c.get('deps');
  if (pool) c.set('readPool', pool);
  c.header('X-Read-From', pool ? 'standby' : 'primary');
  try {
    const account = c.get('account');
    const share = `${account?.role ?? 'none'}:${account?.villageId ?? ''}`;
    const version = await communeDataVersion(pool ?? sql, env.COMMUNE_CODE);
    const key = `${c.req.path}|${question}|${share}|${version}`;
    const cached = answerCache.get(key);
    c.header('X-Computed', cached ? 'cached' : 'fresh');
    if (cached) return cached;
    const body = Buffer.from(JSON.stringify(await compute()));
    answerCache.set(key, body);
    return body;
  } finally {
    c.set('readPool', undefined);
  }
}
