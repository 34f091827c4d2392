import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from './login-throttle';

const start = new Date('2026-01-01T00:00:00Z').getTime();

function throttleAt() {
  let nowMs = start;
  const throttle = createLoginThrottle({
    freeFailures: 2,
    firstDelayMs: 10_000,
    maxDelayMs: 40_000,
    now: () => new Date(nowMs),
  });
  return { throttle, advance: (ms: number) => (nowMs += ms) };
}

describe('createLoginThrottle', () => {
  it('lets the free failures through, then delays with a doubling wait up to the longest', () => {
    const { throttle, advance } = throttleAt();
    throttle.failed('an', '10.0.0.1');
    throttle.failed('an', '10.0.0.1');
    expect(throttle.mayTry('an', '10.0.0.1')).toBe(true);
    throttle.failed('an', '10.0.0.1');
    expect(throttle.mayTry('an', '10.0.0.1')).toBe(false);
    advance(10_000);
    expect(throttle.mayTry('an', '10.0.0.1')).toBe(true);
    throttle.failed('an', '10.0.0.1');
    advance(19_999);
    expect(throttle.mayTry('an', '10.0.0.1')).toBe(false);
    advance(1);
    expect(throttle.mayTry('an', '10.0.0.1')).toBe(true);
    throttle.failed('an', '10.0.0.1');
    throttle.failed('an', '10.0.0.1');
    advance(39_999);
    expect(throttle.mayTry('an', '10.0.0.1')).toBe(false);
    advance(1);
    expect(throttle.mayTry('an', '10.0.0.1')).toBe(true);
  });

  it('keeps another address free to try the same account', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 5; i++) throttle.failed('an', '10.0.0.1');
    expect(throttle.mayTry('an', '10.0.0.1')).toBe(false);
    expect(throttle.mayTry('an', '10.0.0.2')).toBe(true);
    expect(throttle.mayTry('binh', '10.0.0.1')).toBe(true);
  });

  it('treats a name in other case or with spaces as the same account', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 3; i++) throttle.failed(' An ', '10.0.0.1');
    expect(throttle.mayTry('an', '10.0.0.1')).toBe(false);
  });

  it('starts over after a success', () => {
    const { throttle, advance } = throttleAt();
    for (let i = 0; i < 3; i++) throttle.failed('an', '10.0.0.1');
    advance(10_000);
    throttle.succeeded('an', '10.0.0.1');
    throttle.failed('an', '10.0.0.1');
    expect(throttle.mayTry('an', '10.0.0.1')).toBe(true);
  });
});
