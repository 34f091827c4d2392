import type postgres from 'postgres';
import type { Pool } from '../client';

/**
 * Who is acting: what row-level security and the history trigger go by. `communeCode`: the
 * commune acted in (the commune wall, migration 0005); absent, the connection's own (the pool's).
 */
export type Actor = {
  userId: number | null;
  role: string | null;
  villageId: number | null;
  communeCode?: string;
};

/** Nobody: the policies show such a transaction no sensitive row. */
export const nobody: Actor = { userId: null, role: null, villageId: null };

/**
 * Runs `work` in a transaction that first names the actor (see actAs). The settings end with
 * the transaction, so a pooled connection never carries one request's rights into the next.
 */
export function asActor<T>(
  pool: Pool,
  actor: Actor,
  work: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  return pool.begin((tx) => actAs(tx, actor, work)) as Promise<T>;
}

/**
 * Names the actor with SET LOCAL (set_config(…, true)) in a transaction already open:
 * `ntm.user_id`, `ntm.role`, `ntm.village_id`, `ntm.commune_code`, then runs `work`. The settings and the first query
 * of `work` are pipelined: one round trip, not two.
 */
export async function actAs<T>(
  tx: postgres.TransactionSql,
  actor: Actor,
  work: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  // Queries run in the order they start; execute() starts the settings before `work` starts
  // its first query (a query is otherwise lazy until awaited).
  const [, result] = await Promise.all([
    tx`select set_config('ntm.user_id', ${text(actor.userId)}, true),
              set_config('ntm.role', ${actor.role ?? ''}, true),
              set_config('ntm.village_id', ${text(actor.villageId)}, true),
              set_config('ntm.commune_code',
                         coalesce(${actor.communeCode ?? null}::text,
                                  current_setting('ntm.commune_code', true)), true)`.execute(),
    work(tx),
  ]);
  return result;
}

const text = (id: number | null) => (id === null ? '' : String(id));
