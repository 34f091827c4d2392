import type { CountedIn } from './rate-windows';

/**
 * Wrong passwords, counted per account name and client address together, with a delay that
 * grows after the first few: a stranger guessing from elsewhere slows only their own tries and
 * never locks the owner out of their own account. Unknown names are counted the same way, so
 * the throttle tells nothing about which accounts exist. Kept in the shared windows
 * (rate-windows.ts), so a delay earned on one process holds on every other.
 */
export type LoginThrottleOptions = CountedIn & {
  /** Wrong passwords allowed before the first delay. */
  freeFailures: number;
  /** The first delay; each further failure doubles it. */
  firstDelayMs: number;
  /** The longest delay. */
  maxDelayMs: number;
};

export const defaultLoginThrottle = {
  freeFailures: 4,
  firstDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
} as const;

/** Failures are forgotten after this long without another (a day). */
const forgetAfterMs = 24 * 60 * 60_000;

const limiter = 'login-failures';

const keyOf = (username: string, address: string) =>
  `${username.trim().toLowerCase()}\u0000${address}`;

export function createLoginThrottle(options: LoginThrottleOptions) {
  const { windows } = options;
  return {
    /** Whether a try may be checked now; while delayed, the password is not even looked at. */
    async mayTry(username: string, address: string): Promise<boolean> {
      const at = options.now();
      const window = await windows.read(limiter, keyOf(username, address), at);
      return (window?.blockedUntilMs ?? 0) <= at.getTime();
    },
    async failed(username: string, address: string): Promise<void> {
      const at = options.now();
      const key = keyOf(username, address);
      const { hits } = await windows.hit(limiter, key, at, forgetAfterMs, true);
      const over = hits - options.freeFailures;
      if (over > 0) {
        const delayMs = Math.min(options.maxDelayMs, options.firstDelayMs * 2 ** (over - 1));
        await windows.block(limiter, key, new Date(at.getTime() + delayMs));
      }
    },
    async succeeded(username: string, address: string): Promise<void> {
      await windows.clear(limiter, keyOf(username, address));
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
