import type { CheckedFile } from './read-uploads';
import type { AttachmentStore, StoredFile } from './store';

export type SavedFile = CheckedFile & StoredFile;

/**
 * Writes checked files to the store, then runs `record` (the database rows, in a transaction).
 * When `record` fails the files are removed again, so a refused request leaves neither a row
 * nor a file behind.
 */
export async function saveThenRecord<T>(
  store: AttachmentStore,
  files: readonly CheckedFile[],
  record: (saved: SavedFile[]) => Promise<T>,
): Promise<T> {
  const saved: SavedFile[] = [];
  try {
    for (const file of files) saved.push({ ...file, ...(await store.save(file.bytes)) });
    return await record(saved);
  } catch (error) {
    await Promise.all(saved.map((f) => store.remove(f.storageKey)));
    throw error;
  }
}
