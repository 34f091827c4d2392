import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the store keeps of a file: where (a random key) and what (size and SHA-256). */
export type StoredFile = { storageKey: string; sha256: string; sizeBytes: number };

// 128 random bits as hex: unguessable, and safe as a file name on any file system.
const keyPattern = /^[0-9a-f]{32}$/;

/**
 * Attachment bytes in a folder outside the web root (ATTACHMENTS_DIR), each under a random
 * key in a subfolder named by the key's first two characters (so no folder grows huge). The
 * database row holds the key; nothing here knows whose file it is. Files are written to a
 * temporary name and renamed, so a crash never leaves half a file under a real key.
 */
export function createAttachmentStore(dir: string) {
  const pathOf = (key: string) => {
    // A key always comes from our own rows, but a path must never be built from anything else.
    if (!keyPattern.test(key)) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
    return join(dir, key.slice(0, 2), key);
  };
  return {
    dir,
    async save(bytes: Uint8Array): Promise<StoredFile> {
      const storageKey = randomBytes(16).toString('hex');
      const path = pathOf(storageKey);
      await mkdir(join(dir, storageKey.slice(0, 2)), { recursive: true, mode: 0o700 });
      const temporary = `${path}.part`;
      try {
        await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return { storageKey, sha256, sizeBytes: bytes.byteLength };
    },
    read(storageKey: string): Promise<Buffer> {
      return readFile(pathOf(storageKey));
    },
    /** Removes a file; a file already gone is not an error. */
    async remove(storageKey: string): Promise<void> {
      await rm(pathOf(storageKey), { force: true });
    },
  };
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
