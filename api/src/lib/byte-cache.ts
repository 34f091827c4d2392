/**
 * Answers made lately (vector tiles, computed JSON), kept by key until `maxBytes` is spent, the
 * least recently used going first. A key names the version of the data it was made from, so a
 * write never has to find what to forget: older answers are no longer asked for and age out.
 */
export function createByteCache(maxBytes: number) {
  const entries = new Map<string, Buffer>();
  let bytes = 0;
  return {
    get(key: string): Buffer | undefined {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key); // to the back: most recently used
      entries.set(key, entry);
      return entry;
    },
    set(key: string, entry: Buffer): void {
      if (entry.length > maxBytes) return;
      const old = entries.get(key);
      if (old !== undefined) {
        entries.delete(key);
        bytes -= old.length;
      }
      entries.set(key, entry);
      bytes += entry.length;
      for (const [oldest, kept] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(oldest);
        bytes -= kept.length;
      }
    },
    get size() {
      return { entries: entries.size, bytes };
    },
  };
}

export type ByteCache = ReturnType<typeof createByteCache>;
