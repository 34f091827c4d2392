// How well the model would have done (issue #6, part 6): score every business as of a day, then
// look at what the following season brought. Two measures, both against a plain baseline:
// - cells: the top 10 % of 250 m hex cells by predicted risk (among cells with premises), the
//   share of the period's events inside them (hit rate) and that share over their share of the
//   commune's area (Predictive Accuracy Index, PAI; 1 = no better than chance);
// - the inspection round, Chicago style: the period's inspections reordered by predicted risk,
//   the share of violations found in the first half, and how many days earlier on average a
//   violation would have been found had the same time slots been used in risk order.
// Pure functions; run-backtest.ts reads the database.

import { cellKey, type HexGrid } from '../geo/hex';
import { addDays } from '../seasons/iso-date';
import { type Season, seasonsOf } from '../seasons/seasons';

export type BacktestPeriod = { name: string; from: string; to: string };

const fallbackDays = 90;

/**
 * The period a backtest from `before` evaluates: the rest of the season window that holds the
 * day (the longest-running one when windows overlap), else the following 90 days.
 */
export function periodAfter(before: string): BacktestPeriod {
  const year = Number(before.slice(0, 4));
  const holding = seasonsOf(year)
    .filter((s) => s.from <= before && before <= s.to)
    .sort((a, b) => b.to.localeCompare(a.to))[0];
  if (holding) return { name: holding.name, from: before, to: holding.to };
  return {
    name: `${fallbackDays} ngày tiếp theo`,
    from: before,
    to: addDays(before, fallbackDays - 1),
  };
}

/**
 * The default day: the start of the most recent Tết window that ended before today. Tết is the
 * season the plan steps up most for (and the longest, busiest window, so the numbers rest on
 * more events than a six-day holiday would give).
 */
export function defaultBacktestDay(today: string): string {
  const year = Number(today.slice(0, 4));
  const tets: Season[] = [year, year - 1]
    .flatMap((y) => seasonsOf(y))
    .filter((s) => s.code === 'tet' && s.to < today);
  const latest = tets.sort((a, b) => b.from.localeCompare(a.from))[0];
  return (latest as Season).from; // last year's Tết always ended before today
}

type Located = { lng: number; lat: number };

export type CellResult = {
  cellMeters: number;
  /** Cells holding at least one business: the ones ranked. */
  count: number;
  /** Cells covering the commune (centre inside it): the area PAI compares with. */
  communeCells: number;
  /** How many cells make the top 10 %. */
  top: number;
  /** Share of the period's events in the top cells, 0–1; null without events. */
  hitRate: number | null;
  /** Hit rate ÷ the top cells' share of the commune's area; null without events. */
  pai: number | null;
  events: number;
};

/**
 * Ranks cells by the sum of their businesses' scores (ties by cell key, so the answer is
 * stable) and scores the top share of them against where the events fell.
 */
export function evaluateCells(
  grid: HexGrid,
  businesses: readonly (Located & { score: number })[],
  events: readonly Located[],
  communeCells: number,
  topShare = 0.1,
): CellResult {
  const sums = new Map<string, number>();
  for (const b of businesses) {
    const key = cellKey(grid.cellOf([b.lng, b.lat]));
    sums.set(key, (sums.get(key) ?? 0) + b.score);
  }
  const ranked = [...sums].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = Math.ceil(topShare * ranked.length);
  const topCells = new Set(ranked.slice(0, top).map(([key]) => key));
  const hits = events.filter((e) => topCells.has(cellKey(grid.cellOf([e.lng, e.lat])))).length;
  const hitRate = events.length > 0 ? hits / events.length : null;
  const areaShare = communeCells > 0 ? top / communeCells : 0;
  return {
    cellMeters: grid.cellMeters,
    count: ranked.length,
    communeCells,
    top,
    hitRate,
    pai: hitRate !== null && areaShare > 0 ? hitRate / areaShare : null,
    events: events.length,
  };
}

export type RoundInspection = { businessId: number; at: Date; found: boolean };

export type RoundResult = {
  inspections: number;
  violations: number;
  /** Share of the round's violations found in its first half (⌊n/2⌋ inspections); null without violations. */
  firstHalfShare: { risk: number | null; historical: number | null };
  /** Mean days earlier a violation is found in risk order (negative: later); null without violations. */
  daysEarlier: number | null;
};

const msPerDay = 86_400_000;

/**
 * The round in historical order (by time) against the same inspections ordered by predicted
 * risk, highest first; businesses the model did not score (closed since) go last, and ties
 * keep their historical order. In risk order the k-th inspection takes the k-th time slot of
 * the round, so a violation's gain is its actual time minus the slot it would have had.
 */
export function evaluateRound(
  inspections: readonly RoundInspection[],
  scoreOf: ReadonlyMap<number, number>,
): RoundResult {
  const historical = [...inspections].sort((a, b) => a.at.getTime() - b.at.getTime());
  const byRisk = historical
    .map((inspection, index) => ({ inspection, index, score: scoreOf.get(inspection.businessId) }))
    .sort(
      (a, b) =>
        (b.score ?? Number.NEGATIVE_INFINITY) - (a.score ?? Number.NEGATIVE_INFINITY) ||
        a.index - b.index,
    )
    .map((x) => x.inspection);
  const violations = historical.filter((i) => i.found).length;
  const half = Math.floor(historical.length / 2);
  const firstHalf = (order: readonly RoundInspection[]) =>
    violations > 0 ? order.slice(0, half).filter((i) => i.found).length / violations : null;
  let gainDays = 0;
  byRisk.forEach((inspection, slot) => {
    if (inspection.found)
      gainDays +=
        (inspection.at.getTime() - (historical[slot] as RoundInspection).at.getTime()) / msPerDay;
  });
  return {
    inspections: historical.length,
    violations,
    firstHalfShare: { risk: firstHalf(byRisk), historical: firstHalf(historical) },
    daysEarlier: violations > 0 ? gainDays / violations : null,
  };
}
