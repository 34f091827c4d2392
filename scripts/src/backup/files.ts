// Streaming helpers the backup and the restore share: a file's SHA-256 without reading it into
// memory, the `sha256sum -c` line beside an archive, and running a program with progress lines.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** A refusal with a message meant for the person at the terminal (the CLIs print it alone). */
export class BackupError extends Error {}

/** SHA-256 and size of a file, read in chunks (a dump of many gigabytes never sits in memory). */
export async function sha256File(path: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

/** The line `sha256sum -c FILE.sha256` reads: the hash, two spaces, the archive's own name. */
export const checksumLine = (sha256: string, archive: string) =>
  `${sha256}  ${basename(archive)}\n`;

/** The hash a `FILE.sha256` names for FILE; a missing or malformed file is a refusal. */
export function parseChecksumLine(text: string, archive: string): string {
  const match = /^([0-9a-f]{64}) [ *](.+)$/m.exec(text.trim());
  if (!match || match[2] !== basename(archive)) {
    throw new BackupError(`${archive}.sha256 does not name ${basename(archive)} with a SHA-256.`);
  }
  return match[1] as string;
}

export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Runs a program to its end; every `everyMs` while it runs, `progress` may print a line (the
 * size of the file being written, say). Rejects with its standard error when it fails.
 */
export function runTool(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; progress?: () => Promise<void>; everyMs?: number } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = options.progress
      ? setInterval(() => void options.progress?.().catch(() => {}), options.everyMs ?? 2000)
      : null;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      if (code === 0) resolve();
      else reject(new Error(`${basename(command)} failed (exit ${code}):\n${stderr.trim()}`));
    });
  });
}

/** Prints the size a growing file has reached, for the progress of a long write. */
export const sizeProgress = (label: string, path: string) => async () => {
  const { size } = await stat(path);
  console.log(`  ${label}: ${megabytes(size)} so far …`);
};
