import { closedAllWeek } from '@ntm/api/schemas/business';
import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../api/geo-types';
import { communeWeekTime, describeDay, isOpenAt } from './opening-hours';

describe('describeDay', () => {
  it('reads [] as closed that day', () => {
    expect(describeDay([])).toEqual([]);
  });

  it('reads 00:00–24:00 as all day', () => {
    expect(describeDay([['00:00', '24:00']])).toEqual([{ kind: 'all-day' }]);
  });

  it('reads a close before the open as running past midnight', () => {
    expect(describeDay([['22:00', '02:00']])).toEqual([
      { kind: 'overnight', from: '22:00', to: '02:00' },
    ]);
  });

  it('lists split shifts in opening order', () => {
    expect(
      describeDay([
        ['17:00', '23:00'],
        ['09:00', '11:30'],
      ]),
    ).toEqual([
      { kind: 'same-day', from: '09:00', to: '11:30' },
      { kind: 'same-day', from: '17:00', to: '23:00' },
    ]);
  });
});

describe('isOpenAt', () => {
  const karaoke: OpeningHours = { ...closedAllWeek, fri: [['19:00', '02:00']] };

  it('is open on the evening a late range starts', () => {
    expect(isOpenAt(karaoke, { day: 'fri', minutes: 23 * 60 })).toBe(true);
  });

  it('is still open after midnight on the next day', () => {
    expect(isOpenAt(karaoke, { day: 'sat', minutes: 60 })).toBe(true);
  });

  it('is closed once the overnight range ends', () => {
    expect(isOpenAt(karaoke, { day: 'sat', minutes: 2 * 60 })).toBe(false);
  });

  it('treats the closing minute as closed', () => {
    const shop = { ...closedAllWeek, mon: [['08:00', '17:00']] } satisfies OpeningHours;
    expect(isOpenAt(shop, { day: 'mon', minutes: 17 * 60 })).toBe(false);
    expect(isOpenAt(shop, { day: 'mon', minutes: 16 * 60 + 59 })).toBe(true);
  });

  it('carries Sunday night into Monday morning', () => {
    const bar = { ...closedAllWeek, sun: [['20:00', '01:00']] } satisfies OpeningHours;
    expect(isOpenAt(bar, { day: 'mon', minutes: 30 })).toBe(true);
  });
});

describe('communeWeekTime', () => {
  it('uses the commune clock (UTC+7), not the viewer’s', () => {
    // Friday 2026-03-06 20:30 UTC is Saturday 03:30 in Hải Phòng.
    expect(communeWeekTime(new Date('2026-03-06T20:30:00Z'))).toEqual({
      day: 'sat',
      minutes: 3 * 60 + 30,
    });
  });
});
