// The first half of a restore, which changes nothing: the archive's own checksum, then its
// unpacking into a scratch folder and every part's size and SHA-256 against the manifest.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { BackupError, parseChecksumLine, runTool, sha256File } from './files';
import { type Manifest, readManifest } from './manifest';

export type Unpacked = { dir: string; manifest: Manifest; remove: () => Promise<void> };

/** Refuses an archive whose bytes are not those its `FILE.sha256` names (corrupt or cut short). */
export async function verifyArchive(file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`No such archive: ${file}.`);
  const checksumFile = `${file}.sha256`;
  if (!existsSync(checksumFile)) {
    throw new BackupError(
      `${checksumFile} is missing: the archive cannot be checked, so it is not restored.`,
    );
  }
  const expected = parseChecksumLine(await readFile(checksumFile, 'utf8'), file);
  const { sha256, sizeBytes } = await sha256File(file);
  if (sha256 !== expected) {
    throw new BackupError(
      `The archive is damaged or incomplete (${sizeBytes} bytes, SHA-256 ${sha256}; ${checksumFile} expects ${expected}). Nothing was restored.`,
    );
  }
}

/** Unpacks a verified archive beside itself and checks each part; the caller calls `remove`. */
export async function unpackArchive(file: string): Promise<Unpacked> {
  const dir = await mkdtemp(join(dirname(resolve(file)), '.ntm-restore-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await runTool('tar', ['--extract', '--no-same-owner', '--file', file, '--directory', dir]);
    const manifest = readManifest(join(dir, 'manifest.json'));
    for (const part of [manifest.dump, ...manifest.attachments]) {
      const path = join(dir, part.path);
      const found = existsSync(path) ? await sha256File(path) : null;
      if (found?.sha256 !== part.sha256 || found.sizeBytes !== part.sizeBytes) {
        throw new BackupError(
          `The archive's ${part.path} does not match its manifest (missing or changed). Nothing was restored.`,
        );
      }
    }
    return { dir, manifest, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
