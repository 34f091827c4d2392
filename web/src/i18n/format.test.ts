import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatCommuneDate,
  formatCommuneDateTime,
  formatDayWithWeekday,
  formatDistanceKm,
  formatPlannedClock,
  formatWait,
  nearestMinute,
} from './format';

describe('formatWait', () => {
  it.each([
    // Seconds under a minute, and never zero.
    [45, '45 giây'],
    [0, '1 giây'],
    // Whole minutes rounded up, so nobody is told to retry too early.
    [60, '1 phút'],
    [61, '2 phút'],
    [15 * 60, '15 phút'],
    // Hours and minutes from an hour on.
    [3600, '1 giờ'],
    [3600 + 5 * 60, '1 giờ 5 phút'],
  ])('says a wait of %i seconds as %s', (seconds, text) => {
    expect(formatWait(seconds)).toBe(text);
  });
});

describe('formatClockTime', () => {
  it('shows the time in the commune (UTC+7), whatever the device zone', () => {
    expect(formatClockTime(new Date('2026-03-05T07:05:00Z'))).toBe('14:05');
    expect(formatCommuneDate(new Date('2026-03-05T18:00:00Z'))).toBe('06/03/2026');
  });

  it('gives an instant with seconds, time first as vi-VN writes it, in the commune', () => {
    expect(formatCommuneDateTime(new Date('2026-03-05T18:00:09Z'))).toBe('01:00:09 06/03/2026');
  });
});

describe('a plan day and distance', () => {
  it('names the weekday of a calendar date in Vietnamese', () => {
    expect(formatDayWithWeekday('2026-11-30')).toBe('Thứ Hai, 30/11/2026');
    expect(formatDayWithWeekday('2026-12-06')).toBe('Chủ Nhật, 06/12/2026');
  });

  it('gives kilometres with one decimal and a decimal comma', () => {
    expect(formatDistanceKm(12345)).toBe('12,3 km');
    expect(formatDistanceKm(0)).toBe('0,0 km');
  });
});

describe('planned times, one rounding everywhere', () => {
  it('rounds plan seconds and the API’s instants of them to the same minute', () => {
    // 21:37:29.6 in plan seconds is 21:37:30 as the API's instant: both say 21:38.
    const seconds = 21 * 3600 + 37 * 60 + 29.6;
    expect(nearestMinute(seconds)).toBe(21 * 60 + 38);
    expect(formatPlannedClock('2026-12-07T21:37:30+07:00')).toBe('21:38');
    expect(formatPlannedClock('2026-12-07T19:16:29+07:00')).toBe('19:16');
    expect(nearestMinute(19 * 3600 + 16 * 60 + 29.4)).toBe(19 * 60 + 16);
  });
});

describe('counts in the catalogue', () => {
  it('groups thousands with a dot, as vi-VN writes them (i18next’s number format)', async () => {
    const { i18next } = await import('./i18n');
    expect(i18next.t('tips.shown', { count: 48_178 })).toBe('48.178 tin báo trên bản đồ');
    expect(i18next.t('tips.shownMany', { count: 10_000 })).toBe('Hơn 10.000 tin báo trên bản đồ');
    expect(i18next.t('tips.overdueCount', { count: 2624 })).toBe('2.624 quá hạn');
  });
});
