/** Median of a non-empty sample (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty sample');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `task` `warmup` times unmeasured, then `runs` times; returns the timings in ms. */
export async function sample(
  task: () => Promise<unknown>,
  runs: number,
  warmup = 20,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task();
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    timings.push(performance.now() - start);
  }
  return timings;
}
