import { describe, expect, it } from 'vitest';
import { addDays, vietnamToday } from './vietnam-day';

describe('days in Vietnam time', () => {
  it('turns to the next day at 17:00 UTC, midnight in Hà Nội', () => {
    expect(vietnamToday(new Date('2026-11-29T16:59:59Z'))).toBe('2026-11-29');
    expect(vietnamToday(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
  });

  it('adds days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-29', -364)).toBe('2025-11-30');
  });
});
