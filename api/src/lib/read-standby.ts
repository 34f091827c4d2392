import type { Pool } from '@ntm/db/client';

export type StandbyHealth = {
  /** `serving`: the dashboards read from it; `lagging`: behind by more than the limit; `down`. */
  state: 'serving' | 'lagging' | 'down';
  /** How long ago it last stood at the primary's position; null while it is down. */
  lagMs: number | null;
};

export type ReadStandby = {
  /** The standby's pool while it serves, else null: read from the primary. */
  pool(): Pool | null;
  health(): StandbyHealth;
  /** A read on the standby failed for want of it: take it out until a probe finds it again. */
  markDown(): void;
  /** One probe now (the timer does this every `everyMs`); resolves when it is done. */
  probe(): Promise<void>;
  stop(): void;
};

/**
 * Watches a streaming-replication hot standby that serves the dashboards' reads. Every
 * `everyMs` a probe reads the primary's WAL position, then asks the standby whether it has
 * replayed that far: if so it stood there at the probe's start. Its lag is how long ago that
 * last was, so a standby that receives nothing (cut off from the primary, or paused) grows old
 * even though it answers, and an idle primary does not make a current standby look old (which
 * the time of the last replayed transaction would). It serves while it answers, is still in
 * recovery (a promoted standby is a primary of its own: no longer a copy of this one) and its lag
 * is within `maxLagMs`.
 */
export function watchStandby(
  primary: Pool,
  standby: Pool,
  o: { maxLagMs: number; everyMs: number; now?: () => number },
): ReadStandby {
  const now = o.now ?? Date.now;
  let up = false;
  let caughtUpAt = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | null = null;

  const probeOnce = async () => {
    const startedAt = now();
    try {
      const [{ lsn }] = await primary<[{ lsn: string }]>`select pg_current_wal_lsn()::text as lsn`;
      const [row] = await standby<[{ recovering: boolean; replayed: boolean }]>`
        select pg_is_in_recovery() as recovering,
               coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) as replayed`;
      up = row.recovering;
      if (row.replayed) caughtUpAt = startedAt;
    } catch {
      up = false;
    }
  };
  const probe = () => {
    running ??= probeOnce().finally(() => {
      running = null;
    });
    return running;
  };
  const lagMs = () => Math.max(0, now() - caughtUpAt);
  const timer = setInterval(probe, o.everyMs);
  timer.unref();
  void probe();

  return {
    pool: () => (up && lagMs() <= o.maxLagMs ? standby : null),
    health() {
      if (!up) return { state: 'down', lagMs: null };
      const lag = lagMs();
      return {
        state: lag <= o.maxLagMs ? 'serving' : 'lagging',
        lagMs: Number.isFinite(lag) ? lag : null,
      };
    },
    markDown() {
      up = false;
    },
    probe,
    stop() {
      clearInterval(timer);
    },
  };
}

/**
 * Whether an error says the standby could not answer at all (unreachable, shut down, or a query
 * cancelled by a conflict with the WAL it replays), so the primary should answer instead; not
 * a mistake in the query, which the primary would make too.
 */
export function standbyFailed(error: unknown): boolean {
  const { code } = (error ?? {}) as { code?: string };
  return (
    typeof code === 'string' &&
    (/^(ECONN|EHOST|ENET|ETIMEDOUT|CONNECT_TIMEOUT|CONNECTION_)/.test(code) ||
      // admin_shutdown, crash_shutdown, cannot_connect_now; a recovery conflict.
      ['57P01', '57P02', '57P03', '40001'].includes(code))
  );
}
