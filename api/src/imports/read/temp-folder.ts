// A private folder for the files GDAL opens: created per read (mode 0700), removed after,
// whatever happens. Only the entries we chose are written into it, under our own plain names.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function withTempFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'ntm-import-'));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Writes `bytes` as `name` (a plain name of ours, never one from the upload) into the folder. */
export async function writePrivate(
  folder: string,
  name: string,
  bytes: Uint8Array,
): Promise<string> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`not a plain file name: ${name}`);
  await writeFile(join(folder, name), bytes, { mode: 0o600 });
  return name;
}
