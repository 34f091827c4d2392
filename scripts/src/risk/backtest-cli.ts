// `pnpm risk:backtest [--before=YYYY-MM-DD] [--fit] [--commune=CODE] [--database-url=URL]`: the
// model as it stood on the day (default: the start of the last complete Tết window) against the
// season that followed; the same numbers as GET /api/risk/model. With --fit, the weights are
// fitted on the data before the day for this run (nothing stored) instead of the stored set in
// force then. Runs as the database owner.
// Exit 0 done, 1 no database or commune, 2 bad flags.

import { defaultBacktestDay } from '@ntm/domain/risk/backtest';
import { calibrate } from '@ntm/domain/risk/calibrate';
import type { Weights } from '@ntm/domain/risk/factors';
import { runBacktest } from '@ntm/domain/risk/run-backtest';
import { vietnamDay } from '@ntm/domain/risk/training-table';
import { withOwnerDatabase } from '../cli/owner-database';
import { optionsOrUsage } from '../cli/read-flags';
import { formatBacktest } from './backtest-report';
import { parseRiskCli } from './cli-flags';

const usage =
  'usage: pnpm risk:backtest [--before=YYYY-MM-DD] [--fit] [--commune=CODE] [--database-url=URL]';

async function main(): Promise<number> {
  const options = optionsOrUsage(parseRiskCli(process.argv.slice(2), 'backtest'), usage);
  if (!options) return 2;
  const today = vietnamDay(new Date());
  const before = options.before ?? defaultBacktestDay(today);
  if (before > today) {
    console.error(
      `--before ${before} is after today (${today}): nothing to evaluate yet.\n${usage}`,
    );
    return 2;
  }
  return withOwnerDatabase(options.databaseUrl, async (sql) => {
    const started = performance.now();
    let fitted: Weights | undefined;
    if (options.fit) {
      try {
        fitted = (await calibrate(sql, options.communeCode, before)).weights;
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        console.error(`Cannot fit on data before ${before}: ${error.message}.`);
        return 1;
      }
    }
    const result = await runBacktest(sql, options.communeCode, before, fitted);
    if (!result) {
      console.error(`Commune ${options.communeCode} is not loaded.`);
      return 1;
    }
    console.log(formatBacktest(result));
    console.log(`\n(${Math.round(performance.now() - started)} ms)`);
    return 0;
  });
}

process.exitCode = await main();
