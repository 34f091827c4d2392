import { describe, expect, it } from 'vitest';
import { addDays, epochDayOf } from './iso-date';
import { leapMonthOf, lunarToSolar, solarToLunar, tetDate } from './lunar-calendar';

describe('tetDate', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('puts Tết %i on %s', (year, expected) => {
    expect(tetDate(year)).toBe(expected);
  });

  // The new moon of February 2030 is at 16:07 UTC on the 2nd: 23:07 in Vietnam (UTC+7) but
  // 00:07 on the 3rd in China (UTC+8). Vietnamese calendars print Tết Canh Tuất on 2030-02-02;
  // 2030-02-03 is the Chinese New Year.
  it('puts Tết 2030 on 2030-02-02, a day before China, because the new moon is at 23:07 UTC+7', () => {
    expect(tetDate(2030)).toBe('2030-02-02');
  });

  it('computes at UTC+7: Tết 1985 a month before China, Tết 2007 a day before', () => {
    expect(tetDate(1985)).toBe('1985-01-21');
    expect(tetDate(2007)).toBe('2007-02-17');
  });
});

describe('lunarToSolar', () => {
  it('puts Giỗ Tổ Hùng Vương (10/3 lunar) 2026 on 2026-04-26', () => {
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26');
  });

  it('places the leap sixth month of Ất Tỵ 2025 from 2025-07-25', () => {
    expect(leapMonthOf(2025)).toBe(6);
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(1, 6, 2025)).toBe('2025-06-25');
  });

  it('refuses a leap flag on a month that is not leap', () => {
    expect(() => lunarToSolar(1, 5, 2025, true)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 1, 2026, true)).toThrow(RangeError);
  });

  it('has day 30 only in 30-day months', () => {
    const lengths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(
      (month) =>
        epochDayOf(lunarToSolar(1, month + 1, 2026)) - epochDayOf(lunarToSolar(1, month, 2026)),
    );
    const shortMonth = lengths.indexOf(29) + 1;
    const longMonth = lengths.indexOf(30) + 1;
    expect(() => lunarToSolar(30, shortMonth, 2026)).toThrow(RangeError);
    expect(lunarToSolar(30, longMonth, 2026)).toBe(
      addDays(lunarToSolar(1, longMonth + 1, 2026), -1),
    );
  });

  it('knows years without a leap month', () => {
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
  });
});

describe('solarToLunar', () => {
  it('reads the first day of the year on Tết', () => {
    expect(solarToLunar('2026-02-17')).toEqual({ day: 1, month: 1, year: 2026, leap: false });
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
  });

  it('round-trips every day from 2020 to 2035, with months of 29 or 30 days', () => {
    let date = '2020-01-01';
    let previous = solarToLunar(addDays(date, -1));
    let checked = 0;
    while (date <= '2035-12-31') {
      const lunar = solarToLunar(date);
      expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(date);
      if (lunar.day === 1) {
        expect([29, 30]).toContain(previous.day);
      } else {
        expect(lunar.day).toBe(previous.day + 1);
      }
      previous = lunar;
      date = addDays(date, 1);
      checked += 1;
    }
    expect(checked).toBe(5844);
  });
});
