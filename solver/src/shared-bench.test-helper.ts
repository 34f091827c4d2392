import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file of the shared benchmark set, `solver/bench` (copied from the team's shared set, sources in its README). */
export function sharedBench(file: string): string {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const path = join(root, 'solver/bench', file);
  if (!existsSync(path)) throw new Error(`shared benchmark file missing: ${path}`);
  return path;
}
