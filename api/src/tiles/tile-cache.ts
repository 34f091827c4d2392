/**
 * The tiles drawn lately, kept by address until `maxBytes` is spent, the least recently used
 * going first. A key names the layer's version, so a write never has to find what to forget:
 * tiles of an older version are simply no longer asked for and age out.
 */
export function createTileCache(maxBytes: number) {
  const tiles = new Map<string, Buffer>();
  let bytes = 0;
  return {
    get(key: string): Buffer | undefined {
      const tile = tiles.get(key);
      if (tile === undefined) return undefined;
      tiles.delete(key); // to the back: most recently used
      tiles.set(key, tile);
      return tile;
    },
    set(key: string, tile: Buffer): void {
      if (tile.length > maxBytes) return;
      const old = tiles.get(key);
      if (old !== undefined) {
        tiles.delete(key);
        bytes -= old.length;
      }
      tiles.set(key, tile);
      bytes += tile.length;
      for (const [oldest, kept] of tiles) {
        if (bytes <= maxBytes) break;
        tiles.delete(oldest);
        bytes -= kept.length;
      }
    },
    get size() {
      return { tiles: tiles.size, bytes };
    },
  };
}

export type TileCache = ReturnType<typeof createTileCache>;
