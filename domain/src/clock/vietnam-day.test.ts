import { describe, expect, it } from 'vitest';
import { addDays, vietnamDayStart, vietnamMinute, vietnamToday, vietnamYear } from './vietnam-day';

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

describe('the Vietnam clock', () => {
  const evening = new Date('2026-12-31T17:30:00Z'); // 00:30 on 1 January 2027 in Hà Nội

  it('gives the year, the minute and the start of a day in Vietnam time', () => {
    expect(vietnamYear(evening)).toBe(2027);
    expect(vietnamMinute(evening)).toBe('2027-01-01T00:30');
    expect(vietnamDayStart('2027-01-01')).toBe(Date.parse('2026-12-31T17:00:00Z'));
  });

  it('reads the machine clock when no instant is given', () => {
    const before = vietnamToday(new Date());
    const today = vietnamToday();
    expect([before, vietnamToday(new Date())]).toContain(today);
    expect(vietnamYear()).toBe(Number(today.slice(0, 4)));
  });
});
