import { describe, expect, it } from 'vitest';
import { resolveIdempotencyKey } from './idempotency';

describe('resolveIdempotencyKey', () => {
  it('takes the header or the field, whichever is there', () => {
    expect(resolveIdempotencyKey('abc-12345', undefined)).toEqual({
      key: 'abc-12345',
      problem: null,
    });
    expect(resolveIdempotencyKey(undefined, 'abc-12345')).toEqual({
      key: 'abc-12345',
      problem: null,
    });
    expect(resolveIdempotencyKey('  ', undefined)).toEqual({ key: null, problem: null });
  });

  it('accepts both when they agree and refuses them when they differ', () => {
    expect(resolveIdempotencyKey('abc-12345', 'abc-12345').key).toBe('abc-12345');
    expect(resolveIdempotencyKey('abc-12345', 'xyz-12345').problem).toBe('mismatch');
  });
});
