import { describe, expect, it } from 'vitest';
import { firstDelayMs, maxDelayMs, retryDelayMs } from './retry-backoff';

describe('retryDelayMs', () => {
  it('doubles from the first delay and stops at the cap', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 0))).toEqual([
      firstDelayMs,
      firstDelayMs * 2,
      firstDelayMs * 4,
      firstDelayMs * 8,
    ]);
    expect(retryDelayMs(40, 0)).toBe(maxDelayMs);
  });

  it('adds at most a fifth as jitter', () => {
    expect(retryDelayMs(1, 0.999)).toBeLessThanOrEqual(firstDelayMs * 1.2);
    expect(retryDelayMs(1, 0.5)).toBeGreaterThan(firstDelayMs);
  });
});
