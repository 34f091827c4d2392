import { addDays } from '../clock/vietnam-day';

/**
 * What a role that may not read tips (leadership) is shown of where tips were: never fewer
 * than `minCount` tips in a cell, in cells of at least `minCellMeters`, over at least
 * `minPeriodDays`. Small cells over one day would put a single tip on a house.
 */
export const tipFloor = { minCellMeters: 500, minPeriodDays: 90, minCount: 3 } as const;

/** The cell size and period actually used: the asked ones, widened to the floor. */
export function widenToFloor(ask: { cellMeters: number; from: string; to: string }) {
  const earliestFrom = addDays(ask.to, -(tipFloor.minPeriodDays - 1));
  return {
    cellMeters: Math.max(ask.cellMeters, tipFloor.minCellMeters),
    from: [ask.from, earliestFrom].sort()[0] as string, // ISO days sort as dates
    to: ask.to,
  };
}

/** Counts with every cell under the floor's count set to 0, before any statistic sees them. */
export function suppressSmallCounts(counts: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...counts].map(([key, n]) => [key, n < tipFloor.minCount ? 0 : n]));
}
