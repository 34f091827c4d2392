import { describe, expect, it } from 'vitest';
import { avoidEarlierHours } from './rotation';

const h = (hours: number) => hours * 3600;

describe('rotation', () => {
  it('bars the hour a premises was planned at before', () => {
    const { windows, rotated } = avoidEarlierHours([[h(19), h(23)]], [h(21)], h(0.75));
    expect(rotated).toBe(true);
    expect(windows).toEqual([
      [h(19), h(20.25)],
      [h(21.75), h(23)],
    ]);
  });

  it('bars the same time of day after midnight in an overnight shift', () => {
    const { windows } = avoidEarlierHours([[h(22), h(26)]], [h(1)], h(0.5));
    expect(windows).toEqual([
      [h(22), h(24.5)],
      [h(25.5), h(26)],
    ]);
  });

  it('keeps the windows when nothing else would be left', () => {
    expect(avoidEarlierHours([[h(20), h(21)]], [h(20.5)], h(1))).toEqual({
      windows: [[h(20), h(21)]],
      rotated: false,
    });
  });

  it('changes nothing for premises not planned before', () => {
    expect(avoidEarlierHours([[h(20), h(21)]], [])).toEqual({
      windows: [[h(20), h(21)]],
      rotated: false,
    });
  });
});
