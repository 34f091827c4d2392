/**
 * Wrong passwords, counted per account name and client address together, with a delay that
 * grows after the first few: a stranger guessing from elsewhere slows only their own tries and
 * never locks the owner out of their own account. Unknown names are counted the same way, so
 * the throttle tells nothing about which accounts exist. In memory, where the other limits live
 * (rate-limit.ts).
 */
type Entry = { failures: number; blockedUntilMs: number; lastFailureMs: number };

export type LoginThrottleOptions = {
  /** Wrong passwords allowed before the first delay. */
  freeFailures: number;
  /** The first delay; each further failure doubles it. */
  firstDelayMs: number;
  /** The longest delay. */
  maxDelayMs: number;
  now: () => Date;
};

export const defaultLoginThrottle = {
  freeFailures: 4,
  firstDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
} as const;

/** Entries quiet for this long are forgotten (a day). */
const forgetAfterMs = 24 * 60 * 60_000;
/** A flood of names and addresses must not grow memory without end. */
const maxEntries = 10_000;

const keyOf = (username: string, address: string) =>
  `${username.trim().toLowerCase()}\u0000${address}`;

export function createLoginThrottle(options: LoginThrottleOptions) {
  const entries = new Map<string, Entry>();
  const live = (key: string, nowMs: number) => {
    const entry = entries.get(key);
    if (entry && nowMs - entry.lastFailureMs > forgetAfterMs) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    /** Whether a try may be checked now; while delayed, the password is not even looked at. */
    mayTry(username: string, address: string): boolean {
      const nowMs = options.now().getTime();
      const entry = live(keyOf(username, address), nowMs);
      return !entry || entry.blockedUntilMs <= nowMs;
    },
    failed(username: string, address: string): void {
      const nowMs = options.now().getTime();
      const key = keyOf(username, address);
      let entry = live(key, nowMs);
      if (!entry) {
        if (entries.size >= maxEntries) entries.clear();
        entry = { failures: 0, blockedUntilMs: 0, lastFailureMs: nowMs };
        entries.set(key, entry);
      }
      entry.failures += 1;
      entry.lastFailureMs = nowMs;
      const over = entry.failures - options.freeFailures;
      if (over > 0) {
        const delayMs = Math.min(options.maxDelayMs, options.firstDelayMs * 2 ** (over - 1));
        entry.blockedUntilMs = nowMs + delayMs;
      }
    },
    succeeded(username: string, address: string): void {
      entries.delete(keyOf(username, address));
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
