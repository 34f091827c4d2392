import { describe, expect, it, vi } from 'vitest';
import { optionsOrUsage, readFlags } from './read-flags';

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

describe('optionsOrUsage', () => {
  it('answers the options of an accepted command line', () => {
    expect(optionsOrUsage({ ok: true, options: { seed: 7 } }, 'usage: x')).toEqual({ seed: 7 });
  });

  it('prints the reason and the usage of a refused one', () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(optionsOrUsage({ ok: false, reason: 'no --sed' }, 'usage: x')).toBeUndefined();
    expect(printed).toHaveBeenCalledWith('no --sed\nusage: x');
    printed.mockRestore();
  });
});
