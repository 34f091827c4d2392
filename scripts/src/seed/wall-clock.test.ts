import { describe, expect, it } from 'vitest';
import { dateOfWallMinutes, formatWallMinutes, wallMinutesOf } from './wall-clock';

describe('wall clock minutes', () => {
  it('writes Vietnam time with its +07:00 offset', () => {
    expect(formatWallMinutes(wallMinutesOf('2026-02-17', 21 * 60 + 5))).toBe(
      '2026-02-17T21:05:00+07:00',
    );
  });

  it('rolls past midnight into the next day', () => {
    const lateNight = wallMinutesOf('2025-12-31', 23 * 60 + 50) + 30;
    expect(formatWallMinutes(lateNight)).toBe('2026-01-01T00:20:00+07:00');
    expect(dateOfWallMinutes(lateNight)).toBe('2026-01-01');
  });

  it('drops fractions of a minute', () => {
    expect(formatWallMinutes(wallMinutesOf('2025-01-01', 61.9))).toBe('2025-01-01T01:01:00+07:00');
  });
});
