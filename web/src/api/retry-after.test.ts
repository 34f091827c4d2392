import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './retry-after';

const now = Date.parse('2026-03-05T07:00:00Z');

describe('retryAfterSeconds', () => {
  it('reads a number of seconds', () => {
    expect(retryAfterSeconds('900', now)).toBe(900);
    expect(retryAfterSeconds(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the seconds until then', () => {
    expect(retryAfterSeconds('Thu, 05 Mar 2026 07:15:00 GMT', now)).toBe(900);
  });

  it('never asks to wait a negative time for a date already past', () => {
    expect(retryAfterSeconds('Thu, 05 Mar 2026 06:00:00 GMT', now)).toBe(0);
  });

  it('gives null for a missing or unreadable header', () => {
    expect(retryAfterSeconds(null, now)).toBeNull();
    expect(retryAfterSeconds('soon', now)).toBeNull();
    expect(retryAfterSeconds('-5', now)).toBeNull();
  });
});
