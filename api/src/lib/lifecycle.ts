import type { Server } from 'node:http';

/** Whether the process is on its way out: readiness answers 503 and answers close their connection. */
export type Lifecycle = { draining: boolean };

export const createLifecycle = (): Lifecycle => ({ draining: false });

type Closable = Pick<Server, 'close' | 'closeAllConnections'>;

/**
 * A graceful stop on SIGTERM or SIGINT: readiness turns 503 at once; after `delayMs` the server
 * stops taking connections and closes its idle ones; requests in flight finish (each write is one
 * transaction, so none is left half written), and any still running after `graceMs` are cut;
 * then the database pool closes and the process ends. A second signal ends it at once.
 */
export function stopGracefully(
  server: Closable,
  lifecycle: Lifecycle,
  o: {
    delayMs: number;
    graceMs: number;
    closeDatabase: () => Promise<void>;
    log?: (line: string) => void;
  },
): void {
  const log = o.log ?? ((line: string) => console.log(line));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: stopping now.`);
      process.exit(1);
    }
    stopping = true;
    lifecycle.draining = true;
    log(`${signal}: not ready; finishing the requests in flight (at most ${o.graceMs} ms).`);
    setTimeout(() => {
      const cut = setTimeout(() => {
        log('Requests still running after the grace period: cutting them.');
        server.closeAllConnections();
      }, o.graceMs);
      cut.unref();
      server.close(() => {
        clearTimeout(cut);
        void o
          .closeDatabase()
          .catch((error: unknown) => log(`Closing the database pool failed: ${String(error)}`))
          .finally(() => {
            log('Stopped.');
            process.exit(0);
          });
      });
    }, o.delayMs);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
