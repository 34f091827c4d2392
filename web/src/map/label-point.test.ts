import { describe, expect, it } from 'vitest';
import { labelPoint } from './label-point';
import { multiPolygon, polygon } from './shape-fixtures';

function isInsideSquare([x = 0, y = 0]: number[], [minX, minY, maxX, maxY]: number[]) {
  return x > (minX ?? 0) && x < (maxX ?? 0) && y > (minY ?? 0) && y < (maxY ?? 0);
}

describe('labelPoint', () => {
  it('puts the label of a convex village at its centroid', () => {
    const square = polygon([0, 0], [2, 0], [2, 2], [0, 2]);
    expect(labelPoint(square)).toEqual([1, 1]);
  });

  it('keeps the label inside a C-shaped village whose centroid falls outside', () => {
    // A "C" opening east: the centroid lies in the notch.
    const cShape = polygon([0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3]);
    const point = labelPoint(cShape) ?? [];
    expect(isInsideSquare(point, [0, 0, 1, 3])).toBe(true);
  });

  it('labels the largest part of a village in several pieces', () => {
    const tinyAndLarge = multiPolygon(
      [
        [10, 10],
        [10.1, 10],
        [10.1, 10.1],
      ],
      [
        [0, 0],
        [4, 0],
        [4, 4],
        [0, 4],
      ],
    );
    expect(labelPoint(tinyAndLarge)).toEqual([2, 2]);
  });
});
