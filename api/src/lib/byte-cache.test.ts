import { describe, expect, it } from 'vitest';
import { createByteCache } from './byte-cache';

const bytes = (n: number) => Buffer.alloc(n, 1);

describe('createByteCache', () => {
  it('keeps answers until the budget is spent, then drops the least recently used', () => {
    const cache = createByteCache(10);
    cache.set('a', bytes(4));
    cache.set('b', bytes(4));
    expect(cache.get('a')?.length).toBe(4); // a is now the most recent
    cache.set('c', bytes(4));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.length).toBe(4);
    expect(cache.get('c')?.length).toBe(4);
    expect(cache.size).toEqual({ entries: 2, bytes: 8 });
  });

  it('replaces a tile under the same key without counting it twice', () => {
    const cache = createByteCache(10);
    cache.set('a', bytes(6));
    cache.set('a', bytes(3));
    expect(cache.size).toEqual({ entries: 1, bytes: 3 });
  });

  it('never keeps a tile larger than the whole budget', () => {
    const cache = createByteCache(10);
    cache.set('a', bytes(4));
    cache.set('big', bytes(11));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('a')?.length).toBe(4);
  });
});
