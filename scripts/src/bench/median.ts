/** Median of a non-empty sample (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty sample');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Times each task `runs` times after `warmup` unmeasured rounds, taking turns within each round
 * so that a baseline and its candidate see the same machine (GC, CPU clock, other load) rather
 * than one running in a quiet minute and the other in a busy one. Timings are in ms.
 */
export async function sampleInTurns(
  tasks: ReadonlyArray<() => Promise<unknown>>,
  runs: number,
  warmup = 20,
): Promise<number[][]> {
  const timings = tasks.map(() => [] as number[]);
  for (let round = 0; round < warmup + runs; round++) {
    for (const [i, task] of tasks.entries()) {
      const start = performance.now();
      await task();
      if (round >= warmup) timings[i]?.push(performance.now() - start);
    }
  }
  return timings;
}
