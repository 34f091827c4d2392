/**
 * How long a search may run: a wall-clock budget and, optionally, a number of iterations.
 * Loops call `passed()` once per iteration. With an iteration cap that the clock does not
 * cut short, the whole search is a function of its seed (the same seed gives the same plan
 * on any machine); with only a clock, the result depends on how many iterations fit.
 * `performance.now()` costs tens of nanoseconds, cheap next to one iteration.
 */
export type Budget = {
  passed(): boolean;
  /** 0 → 1 through the budget: by iterations when capped, else by time (for annealing). */
  progress(): number;
  /** performance.now() value at which time runs out. */
  readonly endsAt: number;
};

export function budgetOf(ms: number, maxIterations?: number, endsBy = Infinity): Budget {
  const began = performance.now();
  const endsAt = Math.min(began + ms, endsBy);
  const span = Math.max(1e-3, endsAt - began);
  let used = 0;
  return {
    endsAt,
    passed: () => {
      used++;
      return (maxIterations !== undefined && used > maxIterations) || performance.now() >= endsAt;
    },
    progress: () =>
      maxIterations !== undefined
        ? Math.min(1, used / Math.max(1, maxIterations))
        : Math.min(1, (performance.now() - began) / span),
  };
}
