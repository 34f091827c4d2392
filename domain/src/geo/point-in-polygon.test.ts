import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { covers, insideRing } from './point-in-polygon';

/** A square polygon of side `size` with its lower-left corner at (x, y). */
const square = (x: number, y: number, size = 1): Polygon => {
  const corners = [0, 1, 2, 3, 0].map((k) => [
    x + (k === 1 || k === 2 ? size : 0),
    y + (k >= 2 && k < 4 ? size : 0),
  ]);
  return { type: 'Polygon', coordinates: [corners] };
};

describe('point in polygon', () => {
  it('tells inside from outside a ring, open or closed, in any plane', () => {
    const ring = [
      [0, 0],
      [400, 0],
      [400, 300],
      [0, 300],
    ];
    expect(insideRing([200, 150], ring)).toBe(true);
    expect(insideRing([500, 150], ring)).toBe(false);
    expect(insideRing([200, 150], [...ring, [0, 0]])).toBe(true);
  });

  it('leaves a hole out, and the edge to the ray unless a tolerance is given', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [...square(0, 0, 4).coordinates, ...square(1, 1, 2).coordinates],
    };
    expect(covers(withHole, [0.5, 2])).toBe(true);
    expect(covers(withHole, [2, 2])).toBe(false);
    expect(covers(withHole, [4, 2])).toBe(false);
    expect(covers(withHole, [4, 2], 1e-7)).toBe(true);
  });

  it('with a tolerance, counts the outer boundary as covered and a hole as not', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [...square(0, 0, 4).coordinates, ...square(1, 1, 2).coordinates],
    };
    expect(covers(withHole, [0, 2], 1e-7)).toBe(true);
    expect(covers(withHole, [2, 2], 1e-7)).toBe(false);
    expect(covers(withHole, [1, 2], 1e-7)).toBe(true); // on the hole's edge: still the village's
    expect(
      covers({ type: 'MultiPolygon', coordinates: [square(5, 5).coordinates] }, [5.5, 5.5]),
    ).toBe(true);
  });
});
