import { describe, expect, it } from 'vitest';
import { formatHoursMinutes, formatKm, planClock } from './plan-format';

describe('plan times and lengths', () => {
  it('reads plan seconds as the clock, past midnight too', () => {
    expect(planClock(19 * 3600)).toBe('19:00');
    expect(planClock(68478.1)).toBe('19:01');
    expect(planClock(25 * 3600 + 30 * 60)).toBe('01:30');
  });

  it('writes kilometres with a decimal comma', () => {
    expect(formatKm(10997)).toBe('11,0 km');
    expect(formatKm(1234)).toBe('1,2 km');
  });

  it('writes durations in hours and minutes', () => {
    expect(formatHoursMinutes(13785)).toBe('3 giờ 50 phút');
    expect(formatHoursMinutes(45 * 60)).toBe('45 phút');
  });
});
