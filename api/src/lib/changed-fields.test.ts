import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('lists only the fields whose value changed, with before and after', () => {
    expect(changedFields({ a: 1, b: 'x', c: null }, { a: 2, b: 'x', c: null })).toEqual({
      a: [1, 2],
    });
  });

  it('compares arrays and objects by content', () => {
    const before = { lngLat: [106.24, 20.72], hours: { mon: [['08:00', '22:00']] } };
    expect(changedFields(before, structuredClone(before))).toEqual({});
    expect(changedFields(before, { ...before, lngLat: [106.25, 20.72] })).toEqual({
      lngLat: [
        [106.24, 20.72],
        [106.25, 20.72],
      ],
    });
  });

  it('looks only at the fields of the new state', () => {
    expect(changedFields({ a: 1, extra: true }, { a: 1 })).toEqual({});
  });
});
