import type { Backtest } from './run-backtest';

/**
 * Backtest answers kept in memory per (commune, day, weights version): one takes 0.2–0.4 s at
 * demo scale and the model card asks for the same one on every visit. Entries expire after
 * `ttlMs`, as tips about a past period can still be judged unfounded; the oldest go first
 * when the cache is full.
 */
export function createBacktestCache(options: { ttlMs?: number; maxEntries?: number } = {}) {
  const { ttlMs = 10 * 60_000, maxEntries = 64 } = options;
  const entries = new Map<string, { at: number; value: Promise<Backtest | null> }>();
  return {
    get(key: string, nowMs: number, compute: () => Promise<Backtest | null>) {
      const hit = entries.get(key);
      if (hit && nowMs - hit.at < ttlMs) return hit.value;
      const value = compute();
      entries.delete(key);
      entries.set(key, { at: nowMs, value });
      // A failed computation is not kept.
      value.catch(() => entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
