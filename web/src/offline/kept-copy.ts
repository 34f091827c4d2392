/**
 * The last answer a page loaded, kept in this browser's storage for a phone that loses its
 * connection at the door, stamped with when it was saved.
 */
export type KeptCopy<T> = T & { savedAt: number };

/** Keeps `value` under `key`, stamped with the time now. */
export function keepCopy(key: string, value: object): void {
  localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), ...value }));
}

/** What was kept under `key`, or null when nothing was or it cannot be read. */
export function keptCopy<T extends object>(key: string): KeptCopy<T> | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as KeptCopy<T>) : null;
  } catch {
    return null;
  }
}
