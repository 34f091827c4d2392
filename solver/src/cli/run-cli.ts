import { readFileSync } from 'node:fs';

/**
 * Runs a CLI body: prints its result as one line of JSON on stdout, or one line
 * `<name>: <message>` on stderr and exit code 1 for any error (bad flags, unreadable file,
 * malformed instance), so scripts can rely on the exit code.
 */
export function runCli(name: string, body: () => unknown): void {
  try {
    process.stdout.write(`${JSON.stringify(body())}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: ${message.replace(/\s+/g, ' ')}\n`);
    process.exitCode = 1;
  }
}

export function readInstance(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code})`);
  }
}
