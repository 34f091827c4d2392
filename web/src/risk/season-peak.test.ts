import { describe, expect, it } from 'vitest';
import { dateOfDay, dayOfYear, daysInYear } from './calendar-days';
import { seasonPeak, seasonsOnDay } from './season-peak';

const tet2026 = { code: 'tet', from: '2026-02-03', to: '2026-03-03' };

describe('seasonPeak', () => {
  it('puts Tết on the first day of the lunar year, the middle of its window', () => {
    expect(seasonPeak(tet2026)).toBe('2026-02-17');
    expect(seasonPeak({ code: 'tet', from: '2025-01-15', to: '2025-02-12' })).toBe('2025-01-29');
  });

  it('uses the holiday itself for 30/4 and 2/9', () => {
    expect(seasonPeak({ code: 'reunification-day', from: '2026-04-27', to: '2026-05-04' })).toBe(
      '2026-04-30',
    );
    expect(seasonPeak({ code: 'national-day', from: '2026-08-30', to: '2026-09-04' })).toBe(
      '2026-09-02',
    );
  });
});

describe('seasonsOnDay', () => {
  it('includes both ends of a window', () => {
    expect(seasonsOnDay([tet2026], '2026-02-03')).toHaveLength(1);
    expect(seasonsOnDay([tet2026], '2026-03-03')).toHaveLength(1);
    expect(seasonsOnDay([tet2026], '2026-03-04')).toHaveLength(0);
  });
});

describe('days of the year', () => {
  it('round-trips every day of a leap year', () => {
    expect(daysInYear(2028)).toBe(366);
    expect(daysInYear(2026)).toBe(365);
    for (let day = 0; day < 366; day += 1) expect(dayOfYear(dateOfDay(2028, day))).toBe(day);
    expect(dateOfDay(2026, 364)).toBe('2026-12-31');
  });
});
