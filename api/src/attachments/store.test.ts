import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AttachmentStore, createAttachmentStore } from './store';

let dir: string;
let store: AttachmentStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ntm-store-'));
  store = createAttachmentStore(dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('attachment store', () => {
  it('keeps the bytes under a random key with their size and SHA-256', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 hello');
    const stored = await store.save(bytes);
    expect(stored.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.sizeBytes).toBe(bytes.byteLength);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(new Uint8Array(await store.read(stored.storageKey))).toEqual(bytes);
    const again = await store.save(bytes);
    expect(again.storageKey).not.toBe(stored.storageKey);
  });

  it('removes a file and leaves no temporary file behind', async () => {
    const stored = await store.save(new Uint8Array([1, 2, 3]));
    await store.remove(stored.storageKey);
    await store.remove(stored.storageKey);
    const left = await readdir(join(dir, stored.storageKey.slice(0, 2)));
    expect(left).toEqual([]);
  });

  it('never builds a path from something that is not a storage key', async () => {
    expect(() => store.read('../../etc/passwd')).toThrow(/not a storage key/);
    await expect(store.remove('..')).rejects.toThrow(/not a storage key/);
  });
});
