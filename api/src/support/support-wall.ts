import type { Context } from 'hono';
import type postgres from 'postgres';
import { inTransaction } from '../lib/actor';
import { ApiError } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';

/**
 * Runs `work` behind the support wall: in the actor's transaction, switched to the role
 * `ntm_support` (SET LOCAL ROLE, so it ends with the transaction and never reaches the next
 * request on a pooled connection). Only a health session switches; any other is refused here
 * before a query is sent, although the access rules already refuse it, and without the switch
 * the database would refuse it too (ntm_app has no grant on schema support).
 *
 * Under ntm_support the transaction may read villages and communes and read and append to
 * audit_log (appendAudit's hash chain reads the last hash, then inserts), nothing else of
 * public: all the support routes need. Work that needs more of ntm_app's grants must
 * `reset role` first (and not switch back), or run in a transaction of its own.
 */
export function inSupportWall<T>(
  c: Context<AppEnv>,
  work: (tx: postgres.TransactionSql) => Promise<T>,
): Promise<T> {
  if (c.get('account')?.role !== 'health') {
    throw new ApiError(403, 'forbidden', 'Chỉ Trạm Y tế được xem và ghi hồ sơ hỗ trợ');
  }
  return inTransaction(c, async (tx) => {
    await tx`set local role ntm_support`;
    return work(tx);
  });
}
