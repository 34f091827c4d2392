import type { Pool } from '@ntm/db/client';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type postgres from 'postgres';
import type { AppEnv } from './app-env';
import { handleError } from './error-handler';

/**
 * One database transaction per write request (POST, PUT, PATCH, DELETE). Every `inTransaction`
 * of the request runs inside it, each in its own savepoint, one after another; it commits only
 * when the answer is below 400. A refused request changes nothing, however many steps it took
 * before it was refused: a first step's audit row or tip event goes with the rest.
 *
 * The transaction opens on the request's first `inTransaction`, so a request refused before it
 * reaches the database holds no connection. Work started after the answer (there is none today)
 * gets a transaction of its own. Logins and token changes keep their own transactions
 * (routes/auth.ts, routes/api-tokens.ts): a failed sign-in is recorded although it answers 401.
 */
export type RequestTransaction = {
  /** Runs `work` in the request's transaction, after any work started before it. */
  run<T>(work: (tx: postgres.TransactionSql) => Promise<T>): Promise<T>;
};

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Thrown inside the transaction to roll it back; never leaves this module. */
const rollback = Symbol('rollback');

type Held = { tx: postgres.TransactionSql; end(commit: boolean): Promise<void> };

/** Opens a transaction and keeps it open until `end` is called. */
function hold(pool: Pool): Promise<Held> {
  return new Promise((resolve, reject) => {
    let decide: (commit: boolean) => void = () => {};
    const decided = new Promise<boolean>((r) => {
      decide = r;
    });
    let opened = false;
    const finished: Promise<void> = pool
      .begin(async (tx) => {
        opened = true;
        resolve({
          tx,
          end: (commit) => {
            decide(commit);
            return finished;
          },
        });
        if (!(await decided)) throw rollback;
      })
      .then(
        () => {},
        (error: unknown) => {
          if (error === rollback) return;
          if (!opened) reject(error);
          throw error;
        },
      );
    // Until `end` is called nobody awaits `finished`; a BEGIN that failed is reported by reject.
    finished.catch(() => {});
  });
}

function requestTransaction(pool: Pool) {
  let held: Promise<Held> | null = null;
  // Work runs one piece at a time: two savepoints interleaved on one connection would release
  // each other.
  let queue: Promise<unknown> = Promise.resolve();
  let ended = false;
  const transaction: RequestTransaction & { end(commit: boolean): Promise<void> } = {
    run(work) {
      if (ended) return pool.begin(work) as ReturnType<typeof work>;
      held ??= hold(pool);
      const opening = held;
      const done = queue.then(async () => (await opening).tx.savepoint(work));
      queue = done.catch(() => {});
      return done as ReturnType<typeof work>;
    },
    async end(commit) {
      ended = true;
      if (!held) return;
      await queue;
      const open = await held.catch(() => null);
      if (open) await open.end(commit);
    },
  };
  return transaction;
}

/** Gives each write request its transaction (`requestTransaction` on the context). */
export const oneTransactionPerWrite = createMiddleware<AppEnv>(async (c, next) => {
  if (!writeMethods.has(c.req.method)) return next();
  const transaction = requestTransaction(c.get('deps').sql);
  c.set('requestTransaction', transaction);
  await next();
  const commit = c.error === undefined && c.res.status < 400;
  try {
    await transaction.end(commit);
  } catch (error) {
    // The commit itself failed (a deferred check, a lost connection): nothing was kept, and
    // the answer must say so rather than the success the handler prepared.
    replaceAnswer(c, handleError(error instanceof Error ? error : new Error(String(error)), c));
  }
});

function replaceAnswer(c: Context<AppEnv>, answer: Response) {
  c.res = undefined; // else Hono copies the prepared answer's headers (Location, cookies) over
  c.res = answer;
}
