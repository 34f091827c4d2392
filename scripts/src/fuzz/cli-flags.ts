import { type ParsedFlags, readFlags } from '../cli/read-flags';

export type FuzzCliOptions = {
  n: number;
  seed: number;
  /** A running server to aim at; absent: the app in-process over a scratch database. */
  url: string | undefined;
  /** The database as its owner (ids, canaries, row checks, the audit chain). */
  databaseUrl: string | undefined;
  password: string | undefined;
  /** Keep the scratch database after the run (to look at what the fuzz wrote). */
  keep: boolean;
};

export type ParsedFuzzCli = ParsedFlags<FuzzCliOptions>;

const wholeNumber = (text: string, min: number, max: number) => {
  const value = Number(text);
  return /^\d+$/.test(text) && value >= min && value <= max ? value : null;
};

/** The flags of `pnpm fuzz`. */
export function parseFuzzCli(args: readonly string[]): ParsedFuzzCli {
  const read = readFlags(args, {
    n: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    url: { type: 'string' },
    'database-url': { type: 'string' },
    password: { type: 'string' },
    keep: { type: 'boolean', default: false },
  });
  if (!read.ok) return read;
  const { values } = read;
  const n = wholeNumber(values.n as string, 1, 100_000_000);
  if (n === null) return { ok: false, reason: '--n takes a whole number of requests ≥ 1' };
  const seed = wholeNumber(values.seed as string, 0, 2 ** 32 - 1);
  if (seed === null) return { ok: false, reason: '--seed takes a whole number 0 … 2^32-1' };
  const url = values.url as string | undefined;
  if (url !== undefined && !/^https?:\/\/[^/]+\/?$/.test(url)) {
    return { ok: false, reason: "--url takes the server's origin, e.g. http://127.0.0.1:8787" };
  }
  return {
    ok: true,
    options: {
      n,
      seed,
      url: url?.replace(/\/$/, ''),
      databaseUrl: values['database-url'] as string | undefined,
      password: values.password as string | undefined,
      keep: values.keep === true,
    },
  };
}
