import { describe, expect, it } from 'vitest';
import { invalidGeometryProblem } from './invalid-reason';

describe('invalidGeometryProblem', () => {
  it('names a bow tie as self-intersecting, with where', () => {
    expect(invalidGeometryProblem('Self-intersection[106.24 20.72]')).toEqual({
      code: 'self-intersection',
      message: 'Tự cắt tại 106.24, 20.72',
    });
  });

  it('rounds the place to five decimals (about a metre)', () => {
    expect(
      invalidGeometryProblem('Ring Self-intersection[106.2412345678 20.7234567]').message,
    ).toBe('Vòng tự cắt tại 106.24123, 20.72346');
  });

  it('says something Vietnamese for a reason it does not know', () => {
    expect(invalidGeometryProblem('Something new')).toEqual({
      code: 'invalid-geometry',
      message: 'Hình học không hợp lệ',
    });
  });
});
