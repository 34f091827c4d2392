import type { Sql } from '../client';

/**
 * Names the signed-in user for the rest of the transaction (`ntm.user_id`), so triggers that
 * keep history can record who made each change. Call first inside every write transaction.
 */
export async function setActor(tx: Sql, userId: number | null): Promise<void> {
  await tx`select set_config('ntm.user_id', ${userId === null ? '' : String(userId)}, true)`;
}
