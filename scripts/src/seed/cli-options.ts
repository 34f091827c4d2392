import { type ParsedFlags, readFlags } from '../cli/read-flags';

export type CliOptions = {
  seed: number;
  scale: number | undefined;
  until: string | undefined;
  databaseUrl: string | undefined;
  ifEmpty: boolean;
  reset: boolean;
  /** Write GeoJSON files to this folder instead of loading a database. */
  out: string | undefined;
  verbose: boolean;
};

export type ParsedCli = ParsedFlags<CliOptions>;

export const cliUsage = `pnpm seed [--seed 42] [--scale N] [--until YYYY-MM-DD] [--database-url URL]
          [--if-empty] [--reset] [--out DIR] [--verbose]`;

function positiveInteger(
  text: string | undefined,
  flag: string,
  allowZero = false,
): number | string | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) return `${flag} takes a whole number, got ${JSON.stringify(text)}`;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || (!allowZero && value === 0))
    return `${flag} is out of range: ${text}`;
  return value;
}

export function parseCli(args: readonly string[]): ParsedCli {
  const read = readFlags(args, {
    seed: { type: 'string' },
    scale: { type: 'string' },
    until: { type: 'string' },
    'database-url': { type: 'string' },
    'if-empty': { type: 'boolean', default: false },
    reset: { type: 'boolean', default: false },
    out: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  });
  if (!read.ok) return read;
  const { values } = read;
  const seed = positiveInteger(values.seed as string | undefined, '--seed', true) ?? 42;
  if (typeof seed === 'string') return { ok: false, reason: seed };
  const scale = positiveInteger(values.scale as string | undefined, '--scale');
  if (typeof scale === 'string') return { ok: false, reason: scale };
  const until = values.until as string | undefined;
  if (until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(until)) {
    return { ok: false, reason: `--until takes a YYYY-MM-DD date, got ${JSON.stringify(until)}` };
  }
  if (values['if-empty'] && values.reset) {
    return { ok: false, reason: '--if-empty and --reset contradict each other' };
  }
  return {
    ok: true,
    options: {
      seed,
      scale,
      until,
      databaseUrl: values['database-url'] as string | undefined,
      ifEmpty: values['if-empty'] === true,
      reset: values.reset === true,
      out: values.out as string | undefined,
      verbose: values.verbose === true,
    },
  };
}
