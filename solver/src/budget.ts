/**
 * Which clock a budget counts. 'wall': elapsed time, what a person waiting for a plan
 * sees (the API's default). 'cpu': the process's own processor time, so that a benchmark's
 * "1 s on one thread" buys the same search on a busy machine as on an idle one.
 */
export type ClockKind = 'wall' | 'cpu';

/**
 * How long a search may run: a budget on one clock and, optionally, a number of iterations.
 * Loops call `passed()` once per iteration. With an iteration cap that the clock does not
 * cut short, the whole search is a function of its seed (the same seed gives the same plan
 * on any machine); with only a clock, the result depends on how many iterations fit.
 * `performance.now()` costs tens of nanoseconds, cheap next to one iteration.
 */
export type Budget = {
  passed(): boolean;
  /** 0 → 1 through the budget: by iterations when capped, else by time (for annealing). */
  progress(): number;
  /** Whether the time is up (not counting an iteration): for inner loops to stop early. */
  timeUp(): boolean;
  /** Milliseconds left on the budget's clock (0 when up). */
  remainingMs(): number;
};

export function budgetOf(ms: number, maxIterations?: number, clock: ClockKind = 'wall'): Budget {
  const now = clock === 'cpu' ? cpuClock() : () => performance.now();
  const began = now();
  const endsAt = began + ms;
  const span = Math.max(1e-3, ms);
  let used = 0;
  return {
    passed: () => {
      used++;
      return (maxIterations !== undefined && used > maxIterations) || now() >= endsAt;
    },
    progress: () =>
      maxIterations !== undefined
        ? Math.min(1, used / Math.max(1, maxIterations))
        : Math.min(1, (now() - began) / span),
    timeUp: () => now() >= endsAt,
    remainingMs: () => Math.max(0, endsAt - now()),
  };
}

/**
 * Processor time of this process in milliseconds. Reading it is a system call (about a
 * microsecond, as long as a short search step), so it is read again only once a
 * millisecond of wall time has passed; in between the last reading stands.
 */
function cpuClock(): () => number {
  const read = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  let wallAt = performance.now();
  let cpu = read();
  return () => {
    const wall = performance.now();
    if (wall - wallAt >= 1) {
      wallAt = wall;
      cpu = read();
    }
    return cpu;
  };
}
