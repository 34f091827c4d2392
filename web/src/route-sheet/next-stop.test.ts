import { describe, expect, it } from 'vitest';
import { nextStop } from './next-stop';

describe('nextStop', () => {
  it('is the first stop not yet done, even after one done out of order', () => {
    const stops = [
      { seq: 1, done: true },
      { seq: 2, done: false },
      { seq: 3, done: true },
    ];
    expect(nextStop(stops)?.seq).toBe(2);
  });

  it('is none when every stop is done or there are none', () => {
    expect(nextStop([{ seq: 1, done: true }])).toBeNull();
    expect(nextStop([])).toBeNull();
  });
});
