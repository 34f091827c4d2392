import { describe, expect, it } from 'vitest';
import { median, sampleInTurns } from './median';

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

describe('sampleInTurns', () => {
  it('runs the tasks in turn and keeps only the measured rounds', async () => {
    const order: string[] = [];
    const timings = await sampleInTurns(
      [async () => order.push('a'), async () => order.push('b')],
      3,
      1,
    );
    expect(order).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(timings.map((t) => t.length)).toEqual([3, 3]);
  });
});
