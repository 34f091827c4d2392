import { describe, expect, it } from 'vitest';
import { polygonBbox } from './polygon-bbox';
import { multiPolygon, polygon } from './shape-fixtures';

describe('polygonBbox', () => {
  it('spans the outer ring of a polygon', () => {
    const triangle = polygon([106.2, 20.7], [106.3, 20.71], [106.25, 20.8]);
    expect(polygonBbox(triangle)).toEqual([106.2, 20.7, 106.3, 20.8]);
  });

  it('spans every part of a multipolygon', () => {
    const twoTriangles = multiPolygon(
      [
        [0, 0],
        [1, 0],
        [1, 1],
      ],
      [
        [5, -2],
        [6, -2],
        [6, -1],
      ],
    );
    expect(polygonBbox(twoTriangles)).toEqual([0, -2, 6, 1]);
  });

  it('gives null for a polygon without coordinates', () => {
    expect(polygonBbox({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});
