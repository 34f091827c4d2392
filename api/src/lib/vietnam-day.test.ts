import { describe, expect, it } from 'vitest';
import { addDays, cellMetersParam, modelDay, vietnamToday } from './vietnam-day';

describe('days in Vietnam time', () => {
  it('turns to the next day at 17:00 UTC, midnight in Hà Nội', () => {
    expect(vietnamToday(new Date('2026-11-29T16:59:59Z'))).toBe('2026-11-29');
    expect(vietnamToday(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
  });

  it('adds days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-11-29', -364)).toBe('2025-11-30');
  });

  it('accepts days of 2020–2035 only, and whole cell sizes of 100–2000 m', () => {
    expect(modelDay.safeParse('2020-01-01').success).toBe(true);
    expect(modelDay.safeParse('2036-01-01').success).toBe(false);
    expect(modelDay.safeParse('2026-02-30').success).toBe(false);
    expect(cellMetersParam.parse(undefined)).toBe(250);
    expect(cellMetersParam.parse('400')).toBe(400);
    for (const bad of ['99', '2001', '250.5', 'abc', '']) {
      expect(cellMetersParam.safeParse(bad).success, bad).toBe(false);
    }
  });
});
