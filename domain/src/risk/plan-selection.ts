// Which premises an inspection plan visits (issue #6, feedback-loop guard): most by risk rank,
// a configurable share drawn at random among the lower-ranked ones, so the model keeps learning
// about places it does not favour (a model fed only by its own favourites confirms itself).

import { Random } from '@ntm/solver/random';

export type PlanPick<T> = { candidate: T; rank: number; reason: 'rank' | 'random' };

export type PlanSelection = {
  maxStops: number;
  /** Share of the stops drawn at random, 0–1. */
  randomShare: number;
  /** Seed of the draw: the same seed gives the same plan. */
  seed: number;
};

/**
 * Picks up to `maxStops` of `ranked` (highest risk first): the first ⌈(1 − share)·n⌉ by rank,
 * the rest uniformly at random among those ranked below that cut. `n` is `maxStops`, or fewer
 * when there are fewer candidates. Picks come back in rank order, each with its reason.
 */
export function selectForPlan<T>(ranked: readonly T[], options: PlanSelection): PlanPick<T>[] {
  const { maxStops, randomShare, seed } = options;
  if (!Number.isInteger(maxStops) || maxStops < 0)
    throw new RangeError(`maxStops must be a whole number ≥ 0, got ${maxStops}`);
  if (!(randomShare >= 0 && randomShare <= 1))
    throw new RangeError(`randomShare must lie in 0–1, got ${randomShare}`);
  const n = Math.min(maxStops, ranked.length);
  // The rounding guard keeps (1 − 0.3)·10 = 7.000000000000001 from becoming 8.
  const byRank = Math.min(n, Math.ceil((1 - randomShare) * n - 1e-9));
  const picks: PlanPick<T>[] = ranked
    .slice(0, byRank)
    .map((candidate, rank) => ({ candidate, rank, reason: 'rank' }));
  // A partial Fisher–Yates shuffle of the ranks below the cut draws n − byRank of them.
  const below = Array.from({ length: ranked.length - byRank }, (_, i) => byRank + i);
  const random = new Random(seed);
  for (let i = 0; i < n - byRank; i++) {
    const j = i + Math.floor(random.next() * (below.length - i));
    [below[i], below[j]] = [below[j] as number, below[i] as number];
    const rank = below[i] as number;
    picks.push({ candidate: ranked[rank] as T, rank, reason: 'random' });
  }
  return picks.sort((a, b) => a.rank - b.rank);
}
