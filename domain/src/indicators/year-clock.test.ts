import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain-error';
import {
  indicatorAsOf,
  instantOf,
  lastDayOfMonth,
  monthsUpTo,
  quarterEnd,
  quartersEnded,
  yearFraction,
} from './year-clock';

describe('the indicator year', () => {
  const now = new Date('2026-03-31T18:30:00Z'); // 1 April 01:30 in Vietnam

  it('is taken as of today in Vietnam for this year, 31 December for a past one', () => {
    expect(indicatorAsOf(2026, now)).toBe('2026-04-01');
    expect(indicatorAsOf(2025, now)).toBe('2025-12-31');
    expect(indicatorAsOf(2020, now)).toBe('2020-12-31');
  });

  it('refuses a future year and years outside 2020–2035 with 400', () => {
    for (const [year, code] of [
      [2027, 'future-year'],
      [2019, 'bad-year'],
      [2036, 'bad-year'],
      [2026.5, 'bad-year'],
    ] as const) {
      expect(() => indicatorAsOf(year, now)).toThrow(DomainError);
      try {
        indicatorAsOf(year, now);
      } catch (e) {
        expect((e as DomainError).status).toBe(400);
        expect((e as DomainError).code).toBe(code);
      }
    }
  });

  it('lists the months gone, the last one cut at the day', () => {
    expect(monthsUpTo('2026-03-10')).toEqual([
      { month: '2026-01', until: '2026-01-31' },
      { month: '2026-02', until: '2026-02-28' },
      { month: '2026-03', until: '2026-03-10' },
    ]);
    expect(monthsUpTo('2025-12-31')).toHaveLength(12);
    expect(lastDayOfMonth(2028, 2)).toBe('2028-02-29');
  });

  it('counts a quarter as ended on its last day', () => {
    expect(quartersEnded('2026-03-30')).toEqual([]);
    expect(quartersEnded('2026-03-31')).toEqual([1]);
    expect(quarterEnd(2026, 1)).toBe('2026-03-31');
    expect(quarterEnd(2025, 4)).toBe('2025-12-31');
    expect(quartersEnded('2026-11-29')).toEqual([1, 2, 3]);
    expect(quartersEnded('2026-12-31')).toEqual([1, 2, 3, 4]);
  });

  it('knows how much of the year is gone, leap years too', () => {
    expect(yearFraction('2026-01-01')).toBeCloseTo(1 / 365, 12);
    expect(yearFraction('2026-12-31')).toBe(1);
    expect(yearFraction('2028-12-31')).toBe(1);
    expect(yearFraction('2028-02-29')).toBeCloseTo(60 / 366, 12);
  });

  it('takes the numbers at the end of the day, or now if earlier', () => {
    expect(instantOf('2025-12-31', now).toISOString()).toBe('2025-12-31T16:59:59.999Z');
    expect(instantOf('2026-04-01', now)).toEqual(now);
  });
});
