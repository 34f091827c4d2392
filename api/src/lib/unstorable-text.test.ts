import { describe, expect, it } from 'vitest';
import { isUnstorable, unstorablePaths } from './unstorable-text';

describe('text PostgreSQL cannot store', () => {
  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', '\udc00'],
    ['a high surrogate at the end', 'x\ud83d'],
  ])('finds %s', (_, text) => {
    expect(isUnstorable(text)).toBe(true);
  });

  it.each(['Nguyễn Văn A', 'Karaoke 😀', ''])('lets %s through', (text) => {
    expect(isUnstorable(text)).toBe(false);
  });

  it('names every offending value and key by its path', () => {
    expect(
      unstorablePaths({ a: 'ok', b: ['x', 'y\u0000'], c: { 'k\ud800': 1, d: { e: '\udc00' } } }),
    ).toEqual(['b.1', 'c', 'c.d.e']);
  });
});
