import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A script's flags as read: strings and booleans by flag name, absent ones undefined. */
export type FlagValues = Record<string, string | boolean | undefined>;

/** What a script's flag parser answers: its options, or why the command line is refused. */
export type ParsedFlags<T> = { ok: true; options: T } | { ok: false; reason: string };

/**
 * Reads a script's flags strictly: an unknown flag, a missing value or a positional argument
 * is a reason to refuse the command line (node's message), never an exception.
 */
export function readFlags(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): { ok: true; values: FlagValues } | { ok: false; reason: string } {
  try {
    const { values } = parseArgs({
      args: [...args],
      options,
      strict: true,
      allowPositionals: false,
    });
    return { ok: true, values: values as FlagValues };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** A command line's options, or undefined once it has printed why it was refused and the usage. */
export function optionsOrUsage<T>(parsed: ParsedFlags<T>, usage: string): T | undefined {
  if (parsed.ok) return parsed.options;
  console.error(`${parsed.reason}\n${usage}`);
  return undefined;
}
