import { type ParsedFlags, readFlags } from '../cli/read-flags';

export type RiskCliOptions = {
  /** 'YYYY-MM-DD', or undefined for the command's default. */
  before: string | undefined;
  dryRun: boolean;
  /** Backtest with weights fitted on the data before the day, not the stored ones. */
  fit: boolean;
  communeCode: string;
  databaseUrl: string | undefined;
};

export type ParsedRiskCli = ParsedFlags<RiskCliOptions>;

const isCalendarDate = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/** The flags of `pnpm risk:calibrate` (with --dry-run) and `pnpm risk:backtest` (with --fit). */
export function parseRiskCli(
  args: readonly string[],
  command: 'calibrate' | 'backtest',
): ParsedRiskCli {
  const read = readFlags(args, {
    before: { type: 'string' },
    commune: { type: 'string', default: '11284' },
    'database-url': { type: 'string' },
    [command === 'calibrate' ? 'dry-run' : 'fit']: { type: 'boolean', default: false },
  });
  if (!read.ok) return read;
  const { values } = read;
  const before = values.before as string | undefined;
  if (before !== undefined) {
    if (!isCalendarDate(before))
      return {
        ok: false,
        reason: `--before takes a YYYY-MM-DD date, got ${JSON.stringify(before)}`,
      };
    if (before < '2020-01-01' || before > '2035-12-31')
      return { ok: false, reason: `--before must lie in 2020–2035, got ${before}` };
  }
  const communeCode = values.commune as string;
  if (!/^\d{5}$/.test(communeCode))
    return {
      ok: false,
      reason: `--commune takes a 5-digit code, got ${JSON.stringify(communeCode)}`,
    };
  return {
    ok: true,
    options: {
      before,
      dryRun: values['dry-run'] === true,
      fit: values.fit === true,
      communeCode,
      databaseUrl: values['database-url'] as string | undefined,
    },
  };
}
