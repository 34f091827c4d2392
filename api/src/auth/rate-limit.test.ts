import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows max hits per window, then says how long to wait, then allows again', () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const limiter = createRateLimiter({ max: 2, windowMs: 60_000, now: () => now });
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    now = new Date(now.getTime() + 45_000);
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    now = new Date(now.getTime() + 15_000);
    expect(limiter.hit('a').allowed).toBe(true);
  });

  it('counts each key on its own', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 60_000, now: () => new Date() });
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('b').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(false);
  });
});

describe('peek', () => {
  it('refuses once max hits are counted, without counting itself, until the window ends', () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const limiter = createRateLimiter({ max: 2, windowMs: 60_000, now: () => now });
    expect(limiter.peek('a').allowed).toBe(true);
    limiter.hit('a');
    expect(limiter.peek('a').allowed).toBe(true);
    expect(limiter.peek('a').allowed).toBe(true);
    limiter.hit('a');
    expect(limiter.peek('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.peek('b').allowed).toBe(true);
    now = new Date(now.getTime() + 60_000);
    expect(limiter.peek('a').allowed).toBe(true);
  });
});
