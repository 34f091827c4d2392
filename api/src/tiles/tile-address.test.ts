import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-error';
import { tileAddressOf, tileLayerOf } from './tile-address';

describe('tileAddressOf', () => {
  it('reads z/x/y.mvt inside the grid', () => {
    expect(tileAddressOf('0', '0', '0.mvt')).toEqual({ z: 0, x: 0, y: 0 });
    expect(tileAddressOf('14', '13218', '7314.mvt')).toEqual({ z: 14, x: 13218, y: 7314 });
    expect(tileAddressOf('22', String(2 ** 22 - 1), '0.mvt').x).toBe(2 ** 22 - 1);
  });

  it.each([
    ['z past the deepest zoom', '23/0/0.mvt', 'z'],
    ['x outside the grid', '2/4/0.mvt', 'x'],
    ['y outside the grid', '2/0/4.mvt', 'y'],
    ['a negative x', '2/-1/0.mvt', 'x'],
    ['a fraction', '1.5/0/0.mvt', 'z'],
    ['NaN', 'NaN/0/0.mvt', 'z'],
    ['a leading zero', '02/0/0.mvt', 'z'],
    ['another ending', '2/0/0.png', 'y'],
    ['a huge number', '2/99999999999/0.mvt', 'x'],
  ])('refuses %s (%s) with a 400 naming the part', (_, address, part) => {
    const [z, x, file] = address.split('/') as [string, string, string];
    try {
      tileAddressOf(z, x, file);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(400);
      expect(((error as ApiError).details as { path: string }[])[0]).toMatchObject({ path: part });
    }
  });
});

describe('tileLayerOf', () => {
  it('knows the tiled layers and refuses others with a 400', () => {
    expect(tileLayerOf('businesses')).toBe('businesses');
    expect(() => tileLayerOf('tip_reporters')).toThrow(/businesses, tips/);
  });
});
