import { describe, expect, it } from 'vitest';
import { plainStatus, proratedStatus, shareOf, tipStatus } from './status';

describe('indicator status', () => {
  it('prorates a yearly share by the days gone', () => {
    expect(proratedStatus(1, 1, 0.5, 'share')).toBe('met');
    expect(proratedStatus(0.5, 1, 0.5, 'share')).toBe('on-track');
    expect(proratedStatus(0.49, 1, 0.5, 'share')).toBe('behind');
    expect(proratedStatus(0.4, 0.8, 0.5, 'share')).toBe('on-track');
    expect(proratedStatus(0.39, 0.8, 0.5, 'share')).toBe('behind');
    expect(proratedStatus(0.8, 0.8, 0.1, 'share')).toBe('met');
    expect(proratedStatus(null, 0.8, 0.5, 'share')).toBe('no-data');
  });

  it('keeps one activity a year on track until the last day', () => {
    expect(proratedStatus(0, 1, 364 / 365, 'count')).toBe('on-track');
    expect(proratedStatus(0, 1, 1, 'count')).toBe('behind');
    expect(proratedStatus(1, 1, 0.1, 'count')).toBe('met');
    expect(proratedStatus(1, 4, 0.5, 'count')).toBe('behind');
    expect(proratedStatus(2, 4, 0.5, 'count')).toBe('on-track');
  });

  it('has no on-track for targets that hold at every moment', () => {
    expect(plainStatus(1, 1)).toBe('met');
    expect(plainStatus(0.99, 1)).toBe('behind');
    expect(plainStatus(0, 1)).toBe('behind');
    expect(plainStatus(null, 1)).toBe('no-data');
  });

  it('calls đ behind only when an open tip is overdue', () => {
    expect(tipStatus(0, 0, 0)).toBe('no-data');
    expect(tipStatus(10, 10, 0)).toBe('met');
    expect(tipStatus(10, 8, 0)).toBe('on-track');
    expect(tipStatus(10, 8, 1)).toBe('behind');
  });

  it('has no share of nothing', () => {
    expect(shareOf(0, 0)).toBeNull();
    expect(shareOf(3, 4)).toBe(0.75);
  });
});
