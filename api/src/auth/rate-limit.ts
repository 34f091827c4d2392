/** Fixed-window counter per key (a client address): `max` hits per `windowMs`, in memory. */
export function createRateLimiter(options: { max: number; windowMs: number; now: () => Date }) {
  const windows = new Map<string, { startedAt: number; hits: number }>();
  return {
    hit(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
      const now = options.now().getTime();
      let window = windows.get(key);
      if (!window || now - window.startedAt >= options.windowMs) {
        if (windows.size > 10_000) windows.clear(); // a flood of addresses must not grow memory
        window = { startedAt: now, hits: 0 };
        windows.set(key, window);
      }
      window.hits += 1;
      if (window.hits <= options.max) return { allowed: true };
      return {
        allowed: false,
        retryAfterSeconds: Math.ceil((window.startedAt + options.windowMs - now) / 1000),
      };
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
