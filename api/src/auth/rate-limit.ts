import type { CountedIn } from './rate-windows';

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimitOptions = CountedIn & {
  /** The limit's name in the shared windows: 'login', 'public-tip', … */
  name: string;
  max: number;
  windowMs: number;
};

/**
 * Fixed-window counter per key (a client address): `max` hits per `windowMs`, counted in the
 * shared windows (rate-windows.ts), so every process of the app counts into the same one.
 */
export function createRateLimiter(options: RateLimitOptions) {
  const { name, max, windowMs, windows } = options;
  const refused = (endsMs: number, nowMs: number): Verdict => ({
    allowed: false,
    retryAfterSeconds: Math.ceil((endsMs - nowMs) / 1000),
  });
  return {
    async hit(key: string): Promise<Verdict> {
      const at = options.now();
      const window = await windows.hit(name, key, at, windowMs);
      return window.hits <= max ? { allowed: true } : refused(window.endsMs, at.getTime());
    },
    /**
     * Whether one more hit would be refused, without counting one: for limits on failures
     * (wrong codes), where the check comes before the outcome is known.
     */
    async peek(key: string): Promise<Verdict> {
      const at = options.now();
      const window = await windows.read(name, key, at);
      return window && window.hits >= max
        ? refused(window.endsMs, at.getTime())
        : { allowed: true };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
