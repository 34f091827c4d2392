// `pnpm risk:calibrate [--before=YYYY-MM-DD] [--dry-run] [--commune=CODE] [--database-url=URL]`:
// fits the risk weights on the history before the day (default: today in Vietnam), prints the
// fit and the weights beside the defaults, and stores them as the next version unless
// --dry-run. Runs as the database owner. Exit 0 done, 1 nothing to fit or no database, 2 bad flags.

import { calibrate } from '@ntm/domain/risk/calibrate';
import { vietnamDay } from '@ntm/domain/risk/training-table';
import { withOwnerDatabase } from '../cli/owner-database';
import { optionsOrUsage } from '../cli/read-flags';
import { parseRiskCli } from './cli-flags';
import { formatFit, formatWeights } from './fit-table';
import { storeCalibration } from './store-calibration';

const usage =
  'usage: pnpm risk:calibrate [--before=YYYY-MM-DD] [--dry-run] [--commune=CODE] [--database-url=URL]';

async function main(): Promise<number> {
  const options = optionsOrUsage(parseRiskCli(process.argv.slice(2), 'calibrate'), usage);
  if (!options) return 2;
  const before = options.before ?? vietnamDay(new Date());
  return withOwnerDatabase(options.databaseUrl, async (sql) => {
    const started = performance.now();
    let calibration: Awaited<ReturnType<typeof calibrate>>;
    try {
      calibration = await calibrate(sql, options.communeCode, before);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      console.error(`Cannot calibrate on data before ${before}: ${error.message}.`);
      return 1;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Calibration on data before ${before} (commune ${options.communeCode}), ${seconds} s\n`,
    );
    console.log(formatFit(calibration.fit));
    console.log(`\n${formatWeights(calibration.weights)}\n`);
    if (options.dryRun) {
      console.log('Dry run: nothing stored.');
    } else {
      const stored = await storeCalibration(sql, options.communeCode, before, calibration);
      console.log(
        `Stored as weight set version ${stored.version} (${stored.createdAt.toISOString()}).`,
      );
    }
    return 0;
  });
}

process.exitCode = await main();
