import { describe, expect, it } from 'vitest';
import { suppressSmallCounts, widenToFloor } from './tip-floor';

describe('widenToFloor', () => {
  it('widens 100 m cells over one day to 500 m over the 90 days ending that day', () => {
    expect(widenToFloor({ cellMeters: 100, from: '2026-06-01', to: '2026-06-01' })).toEqual({
      cellMeters: 500,
      from: '2026-03-04',
      to: '2026-06-01',
    });
  });

  it('keeps a request already above the floor as it is', () => {
    const ask = { cellMeters: 1000, from: '2025-06-02', to: '2026-06-01' };
    expect(widenToFloor(ask)).toEqual(ask);
  });
});

describe('suppressSmallCounts', () => {
  it('sets cells with one or two tips to zero and keeps three and more', () => {
    const counts = new Map([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 7],
    ]);
    expect([...suppressSmallCounts(counts)]).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 3],
      ['d', 7],
    ]);
  });
});
