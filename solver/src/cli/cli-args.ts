import { parseArgs } from 'node:util';

export class CliError extends Error {
  override name = 'CliError';
}

/** Longest budget a CLI accepts: ten minutes, so a typo cannot hang a script for hours. */
const maxTimeMs = 600_000;

/**
 * `<file> --time-ms <ms> [--seed <n>] [--iterations <n>]`, strictly: unknown flags, a missing
 * file argument, a non-positive or non-integer budget are errors, never defaults.
 */
export function parseCliArgs(argv: string[]): {
  file: string;
  timeMs: number;
  seed: number;
  maxIterations?: number;
} {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new CliError(`expected one instance file, got ${positionals.length}`);
  }
  const integer = (name: string, text: string | undefined, min: number, max: number) => {
    const value = Number(text);
    if (text === undefined || !/^-?\d+$/.test(text.trim()) || value < min || value > max) {
      throw new CliError(`--${name} must be an integer from ${min} to ${max}, got "${text ?? ''}"`);
    }
    return value;
  };
  if (values['time-ms'] === undefined) throw new CliError('--time-ms <ms> is required');
  return {
    file: positionals[0] as string,
    timeMs: integer('time-ms', values['time-ms'], 1, maxTimeMs),
    seed: values.seed === undefined ? 1 : integer('seed', values.seed, -(2 ** 31), 2 ** 31 - 1),
    maxIterations:
      values.iterations === undefined
        ? undefined
        : integer('iterations', values.iterations, 0, Number.MAX_SAFE_INTEGER),
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'time-ms': { type: 'string' },
      seed: { type: 'string' },
      iterations: { type: 'string' },
    },
  });
}
