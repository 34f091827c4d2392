import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonBbox } from './polygon-bbox';

describe('polygonBbox', () => {
  it('spans the outer ring of a polygon', () => {
    const triangle: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [106.2, 20.7],
          [106.3, 20.71],
          [106.25, 20.8],
          [106.2, 20.7],
        ],
      ],
    };
    expect(polygonBbox(triangle)).toEqual([106.2, 20.7, 106.3, 20.8]);
  });

  it('spans every part of a multipolygon', () => {
    const twoSquares: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
        [
          [
            [5, -2],
            [6, -2],
            [6, -1],
            [5, -2],
          ],
        ],
      ],
    };
    expect(polygonBbox(twoSquares)).toEqual([0, -2, 6, 1]);
  });

  it('gives null for a polygon without coordinates', () => {
    expect(polygonBbox({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});
