import { type Actor, asActor } from '@ntm/db/queries/actor';
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
  };
}

/** Runs `work` in one transaction as the signed-in account (see asActor). */
export function inTransaction<T>(
  c: Context<AppEnv>,
  work: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  return asActor(c.get('deps').sql, actorOf(c), work);
}
