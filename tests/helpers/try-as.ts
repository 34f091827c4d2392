import { type Actor, asActor } from '@ntm/db/queries/actor';
import type postgres from 'postgres';

/** Thrown to roll `tryAs`'s transaction back; never leaves this module. */
class Rollback extends Error {}

/**
 * Runs `work` as `actor` straight on the database (the settings the API would set, see
 * asActor), then rolls back whatever it wrote: each check starts from the seeded rows.
 */
export async function tryAs<T>(
  sql: postgres.Sql,
  actor: Actor,
  work: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  let result: T | undefined;
  try {
    await asActor(sql, actor, async (tx) => {
      result = await work(tx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result as T;
}
