import { describe, expect, it } from 'vitest';
import { readFlags } from './read-flags';

const options = { seed: { type: 'string' }, keep: { type: 'boolean', default: false } } as const;

describe('readFlags', () => {
  it('reads strings and booleans, with their defaults', () => {
    expect(readFlags(['--seed', '7'], options)).toEqual({
      ok: true,
      values: { seed: '7', keep: false },
    });
  });

  it('refuses an unknown flag with a reason instead of throwing', () => {
    const read = readFlags(['--sed', '7'], options);
    expect(read.ok).toBe(false);
    expect(read.ok === false && read.reason).toMatch(/--sed/);
  });

  it('refuses a positional argument', () => {
    expect(readFlags(['7'], options).ok).toBe(false);
  });
});
