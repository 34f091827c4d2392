type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Fixed-window counter per key (a client address): `max` hits per `windowMs`, in memory. */
export function createRateLimiter(options: { max: number; windowMs: number; now: () => Date }) {
  const windows = new Map<string, { startedAt: number; hits: number }>();
  const current = (key: string, now: number) => {
    const window = windows.get(key);
    return window && now - window.startedAt < options.windowMs ? window : null;
  };
  const refused = (window: { startedAt: number }, now: number): Verdict => ({
    allowed: false,
    retryAfterSeconds: Math.ceil((window.startedAt + options.windowMs - now) / 1000),
  });
  return {
    hit(key: string): Verdict {
      const now = options.now().getTime();
      let window = current(key, now);
      if (!window) {
        if (windows.size > 10_000) windows.clear(); // a flood of addresses must not grow memory
        window = { startedAt: now, hits: 0 };
        windows.set(key, window);
      }
      window.hits += 1;
      if (window.hits <= options.max) return { allowed: true };
      return refused(window, now);
    },
    /**
     * Whether one more hit would be refused, without counting one: for limits on failures
     * (wrong codes), where the check comes before the outcome is known.
     */
    peek(key: string): Verdict {
      const now = options.now().getTime();
      const window = current(key, now);
      return window && window.hits >= options.max ? refused(window, now) : { allowed: true };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
