import { describe, expect, it } from 'vitest';
import { clockSeconds, planInstant, planSecondsOf, shiftSeconds, weekdayOf } from './plan-clock';

describe('plan clock', () => {
  it('reads HH:MM, with 24:00 as the end of the day', () => {
    expect(clockSeconds('00:00')).toBe(0);
    expect(clockSeconds('20:30')).toBe(73_800);
    expect(clockSeconds('24:00')).toBe(86_400);
  });

  it('refuses a shift that ends before it starts unless it is marked overnight', () => {
    expect(shiftSeconds({ from: '19:00', to: '23:00' }, false)).toEqual([68_400, 82_800]);
    expect(shiftSeconds({ from: '20:00', to: '02:00' }, false)).toBeNull();
    expect(shiftSeconds({ from: '20:00', to: '20:00' }, false)).toBeNull();
    expect(shiftSeconds({ from: '20:00', to: '02:00' }, true)).toEqual([72_000, 93_600]);
  });

  it('writes plan seconds as Vietnam instants, past midnight on the next day', () => {
    expect(planInstant('2026-12-31', 79_200)).toBe('2026-12-31T22:00:00+07:00');
    expect(planInstant('2026-12-31', 90_000.4)).toBe('2027-01-01T01:00:00+07:00');
    expect(planSecondsOf('2026-12-31', new Date('2026-12-31T15:00:00Z'))).toBe(79_200);
  });

  it('names the weekday as opening hours key it', () => {
    expect(weekdayOf('2026-11-29')).toBe('sun');
    expect(weekdayOf('2026-11-30')).toBe('mon');
  });
});
