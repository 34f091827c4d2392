import { type Actor, actAs, asActor } from '@ntm/db/queries/actor';
import type { Context } from 'hono';
import type postgres from 'postgres';
import type { AppEnv } from './app-env';

/** The signed-in account as the database's row-level security knows it. */
export function actorOf(c: Context<AppEnv>): Actor {
  const account = c.get('account');
  return {
    userId: account?.id ?? null,
    role: account?.role ?? null,
    villageId: account?.villageId ?? null,
    ...(account && { communeCode: account.communeCode }),
  };
}

/**
 * Runs `work` as the signed-in account (see asActor): in the request's own transaction on a
 * write request (request-transaction.ts), else in a transaction of its own, on the standby where
 * a computed answer chose it (computed-answer.ts).
 */
export function inTransaction<T>(
  c: Context<AppEnv>,
  work: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  return inTransactionAs(c, actorOf(c), work);
}

/** As inTransaction, as someone else than the signed-in account (the public form: nobody). */
export function inTransactionAs<T>(
  c: Context<AppEnv>,
  actor: Actor,
  work: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  const request = c.get('requestTransaction');
  if (request) return request.run((tx) => actAs(tx, actor, work));
  return asActor(c.get('readPool') ?? c.get('deps').sql, actor, work);
}
