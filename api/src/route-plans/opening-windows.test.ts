import type { OpeningHours } from '@ntm/db/schema/businesses';
import { describe, expect, it } from 'vitest';
import { mergeWindows, openingWindows } from './opening-windows';

const every = (intervals: Array<[string, string]>): OpeningHours => ({
  mon: intervals,
  tue: intervals,
  wed: intervals,
  thu: intervals,
  fri: intervals,
  sat: intervals,
  sun: intervals,
});
const h = (hours: number) => hours * 3600;
// 2026-12-04 is a Friday.
const friday = '2026-12-04';

describe('opening windows', () => {
  it('keeps starts early enough to finish before closing', () => {
    expect(openingWindows(every([['09:00', '22:00']]), friday, [h(19), h(23)], 900)).toEqual([
      [h(19), h(22) - 900],
    ]);
  });

  it('runs an interval past midnight when it closes before it opens', () => {
    const karaoke = { ...every([['14:00', '23:00']]), fri: [['14:00', '01:00']] } as OpeningHours;
    expect(openingWindows(karaoke, friday, [h(20), h(26)], 600)).toEqual([[h(20), h(25) - 600]]);
  });

  it('counts the night before: open at 00:30 on Saturday after a late Friday', () => {
    const karaoke = { ...every([['14:00', '23:00']]), fri: [['14:00', '01:00']] } as OpeningHours;
    expect(openingWindows(karaoke, '2026-12-05', [0, h(2)], 0)).toEqual([[0, h(1)]]);
  });

  it('treats 00:00–24:00 as round the clock, and unknown hours as any time', () => {
    expect(openingWindows(every([['00:00', '24:00']]), friday, [h(20), h(28)], 900)).toEqual([
      [h(20), h(28)],
    ]);
    expect(openingWindows(null, friday, [h(20), h(22)], 900)).toEqual([[h(20), h(22)]]);
  });

  it('is empty for a premises closed all shift', () => {
    const closedFriday = { ...every([['09:00', '17:00']]), fri: [] } as OpeningHours;
    expect(openingWindows(closedFriday, friday, [h(18), h(23)], 900)).toEqual([]);
  });

  it('joins overlapping windows', () => {
    expect(
      mergeWindows([
        [5, 9],
        [1, 3],
        [3, 6],
      ]),
    ).toEqual([[1, 9]]);
  });
});
