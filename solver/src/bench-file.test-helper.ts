import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A benchmark instance in the repository's `solver/bench` (sources in its README). */
export function benchFile(file: string): string {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const path = join(root, 'solver/bench', file);
  if (!existsSync(path)) throw new Error(`benchmark file missing from solver/bench: ${path}`);
  return path;
}
