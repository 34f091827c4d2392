// A streaming-replication hot standby of a local cluster, for the test that reads the dashboards
// from one (tests/integration/standby.test.ts) and for trying it by hand (README, "A standby for
// the dashboards"): pg_basebackup of the running primary with -R (standby.signal and the
// primary's connection written for it), started on a port of its own in a folder of its own.
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRoot, postgresIds, run } from './cluster';
import type { PostgresInstall } from './postgres-install';

export type LocalStandby = {
  /** The standby's URL for `database` with the primary URL's user and password. */
  urlFor(primaryUrl: string): string;
  /** Stops the standby's server (the folder stays until `remove`): the app must cope. */
  stop(): void;
  start(): void;
  /** Stops it if it runs, and deletes its folder. */
  remove(): void;
};

/**
 * Copies the primary at `primaryUrl` (a superuser's: replication needs one on a local cluster,
 * whose pg_hba.conf initdb writes with a `replication` line for 127.0.0.1) into a new standby
 * listening on `port`, and starts it; it follows the primary's WAL from then on.
 */
export function startLocalStandby(
  pg: PostgresInstall,
  primaryUrl: string,
  port: number,
): LocalStandby {
  // In the temporary folder: as root the server runs as `postgres`, who may not enter the clone.
  const parent = mkdtempSync(join(tmpdir(), 'ntm-standby-'));
  if (isRoot()) {
    const { uid, gid } = postgresIds();
    chownSync(parent, uid, gid);
  }
  const dir = join(parent, 'data');
  const primary = new URL(primaryUrl);
  primary.pathname = '/postgres';
  const copied = run(
    pg,
    'pg_basebackup',
    ['-d', primary.toString(), '-D', dir, '-R', '-X', 'stream', '-c', 'fast'],
    true,
  );
  if (copied.status !== 0) {
    rmSync(parent, { recursive: true, force: true });
    throw new Error(`pg_basebackup failed:\n${copied.stderr}`);
  }
  // The copy carries the primary's settings: its port and socket folder are not the standby's.
  const options = `-p ${port} -k ${parent} -c hot_standby=on`;
  const start = () => {
    const args = ['-D', dir, '-l', join(parent, 'server.log'), '-o', options, '-w', 'start'];
    const started = run(pg, 'pg_ctl', args, true);
    if (started.status !== 0) throw new Error(`the standby did not start:\n${started.stderr}`);
  };
  const stop = () => {
    run(pg, 'pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop'], true);
  };
  start();
  return {
    urlFor(primaryUrl) {
      const url = new URL(primaryUrl);
      url.port = String(port);
      return url.toString();
    },
    stop,
    start,
    remove() {
      stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
