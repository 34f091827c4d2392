import type { Backtest } from '@ntm/domain/risk/run-backtest';

const share = (n: number | null) => (n === null ? '–' : `${(100 * n).toFixed(1)} %`);
const number = (n: number | null, digits = 2) => (n === null ? '–' : n.toFixed(digits));

/** The backtest as lines a person reads; the same numbers as GET /api/risk/model. */
export function formatBacktest(b: Backtest): string {
  const weights = {
    default: 'default weights (no set trained before the day)',
    calibrated: `calibrated set v${b.weights.version}, trained on data before ${b.weights.trainedBefore}`,
    fitted: `weights fitted now on data before ${b.before} (not stored)`,
  }[b.weights.source];
  const { cells, round } = b;
  return [
    `Backtest from ${b.before}: ${b.period.name} ${b.period.from} … ${b.period.to}`,
    `model: ${weights}; ${b.businesses} open businesses scored as of ${b.before} (data before it only)`,
    '',
    `Cells (${cells.cellMeters} m hexagons): ${cells.count} with premises, ${cells.communeCells} cover the commune`,
    `  top 10 % = ${cells.top} cells; events in the period (independent tips + findings): ${cells.events}`,
    `  hit rate ${share(cells.hitRate)}, PAI ${number(cells.pai)}`,
    `  baseline (cells ranked by number of premises): hit rate ${share(cells.baseline.hitRate)}, PAI ${number(cells.baseline.pai)}`,
    '',
    `Inspection round: ${round.inspections} inspections, ${round.violations} found a violation`,
    `  violations found in the first half: risk order ${share(round.firstHalfShare.risk)}, historical order ${share(round.firstHalfShare.historical)}`,
    `  found ${number(round.daysEarlier, 1)} days earlier on average in risk order (same time slots)`,
  ].join('\n');
}
