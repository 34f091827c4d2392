import { communeDataVersion } from '@ntm/db/queries/data-version';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { AppEnv } from './app-env';

/**
 * A JSON answer computed from the commune's data (risk scores, the risk grid, the indicators),
 * made once per version of that data and kept (`answerCache`): the key names the route and its
 * question, the caller's share of row-level security (role, village), and the data version, so a
 * write anywhere in the commune names a new answer and no one is ever served another's rows.
 * `X-Computed` says whether this answer was `cached` or `fresh`.
 */
export async function computedAnswer<T>(
  c: Context<AppEnv>,
  question: string,
  compute: () => Promise<T>,
): Promise<Response & TypedResponse<JSONParsed<T>, 200, 'json'>> {
  const { sql, env, answerCache } = c.get('deps');
  const account = c.get('account');
  const share = `${account?.role ?? 'none'}:${account?.villageId ?? ''}`;
  const version = await communeDataVersion(sql, env.COMMUNE_CODE);
  const key = `${c.req.path}|${question}|${share}|${version}`;
  let body = answerCache.get(key);
  c.header('X-Computed', body ? 'cached' : 'fresh');
  if (!body) {
    body = Buffer.from(JSON.stringify(await compute()));
    answerCache.set(key, body);
  }
  c.header('Content-Type', 'application/json');
  // The bytes c.json would send for the same value: typed for the API's clients as that answer.
  return c.body(new Uint8Array(body)) as unknown as Response &
    TypedResponse<JSONParsed<T>, 200, 'json'>;
}
