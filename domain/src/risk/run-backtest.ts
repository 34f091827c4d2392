// The backtest against the database: the weights in force on the day (the newest set trained
// only on data before it, else the defaults: the model as it stood then, no look-ahead), every
// open business scored on the day before, and the period's events. As the app role for the
// route (the risk functions run with the owner's rights) or as the owner for the CLI.

import type { Sql } from '@ntm/db/client';
import { communeBbox, communeGridOrigin, countPointsInCommune } from '@ntm/db/queries/commune-grid';
import { riskInputs } from '@ntm/db/queries/risk';
import { riskEvents } from '@ntm/db/queries/risk-events';
import { weightSetInForce } from '@ntm/db/queries/risk-weights';
import { HexGrid } from '../geo/hex';
import { addDays } from '../seasons/iso-date';
import { seasonFactor } from '../seasons/seasons';
import {
  type CellResult,
  evaluateCells,
  evaluateRound,
  periodAfter,
  type RoundResult,
} from './backtest';
import { riskScore, type Weights } from './factors';
import { riskInputsOf } from './score-businesses';
import { weightsInForce } from './weights-in-force';

const backtestCellMeters = 250;

export type Backtest = {
  before: string;
  period: { name: string; from: string; to: string };
  /** 'fitted': weights fitted on the data before the day for this run only (the CLI's --fit). */
  weights: {
    version: number | null;
    source: 'default' | 'calibrated' | 'fitted';
    trainedBefore: string | null;
  };
  businesses: number;
  /** `baseline`: the same measure with cells ranked by how many premises they hold, no model. */
  cells: CellResult & { baseline: { hitRate: number | null; pai: number | null } };
  round: RoundResult;
};

/** Null when the commune is not loaded. `fitted`: weights to use instead of the stored ones. */
export async function runBacktest(
  sql: Sql,
  communeCode: string,
  before: string,
  fitted?: Weights,
): Promise<Backtest | null> {
  const [origin, bbox] = await Promise.all([
    communeGridOrigin(sql, communeCode),
    communeBbox(sql, communeCode),
  ]);
  if (!origin || !bbox) return null;
  const period = periodAfter(before);
  const stored = fitted ? null : await weightSetInForce(sql, communeCode, before);
  const { weights, used } = fitted
    ? { weights: fitted, used: { version: null, source: 'fitted' as const } }
    : weightsInForce(stored);
  // Scored as of the day before: nothing of the evaluated period is seen.
  const rows = await riskInputs(sql, communeCode, addDays(before, -1));
  const season = seasonFactor(period.from);
  const scored = rows.map((row) => ({
    id: row.businessId,
    lng: row.lng,
    lat: row.lat,
    score: riskScore(riskInputsOf(row, season), weights).score,
  }));
  const events = await riskEvents(sql, communeCode, period.from, period.to);
  const grid = new HexGrid(origin, backtestCellMeters);
  const centres = grid.cellsCovering(bbox).map((cell) => grid.centre(cell));
  const communeCells = await countPointsInCommune(sql, communeCode, centres);
  const located = events.flatMap((e) =>
    e.found && e.lng !== null && e.lat !== null ? [{ lng: e.lng, lat: e.lat }] : [],
  );
  const round = events.flatMap((e) =>
    e.kind === 'inspection' && e.businessId !== null
      ? [{ businessId: e.businessId, at: new Date(e.at), found: e.found }]
      : [],
  );
  const cells = evaluateCells(grid, scored, located, communeCells);
  const baseline = evaluateCells(
    grid,
    scored.map((b) => ({ ...b, score: 1 })),
    located,
    communeCells,
  );
  return {
    before,
    period,
    weights: {
      version: used.version,
      source: used.source,
      trainedBefore: fitted ? before : (stored?.trainedBefore ?? null),
    },
    businesses: scored.length,
    cells: { ...cells, baseline: { hitRate: baseline.hitRate, pai: baseline.pai } },
    round: evaluateRound(round, new Map(scored.map((b) => [b.id, b.score]))),
  };
}
