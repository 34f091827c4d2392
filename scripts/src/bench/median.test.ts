import { describe, expect, it } from 'vitest';
import { median } from './median';

describe('median', () => {
  it('takes the middle of an odd sample whatever its order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow(/empty/);
  });
});
