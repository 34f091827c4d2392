import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { covers, villageAt } from './village-at';

const square = (x: number, y: number, size = 1): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

describe('villageAt', () => {
  const west = { id: 7, geometry: square(0, 0) };
  const east = { id: 3, geometry: square(1, 0) };

  it('finds the village that covers a point, and none outside', () => {
    expect(villageAt([west, east], [0.5, 0.5])).toBe(7);
    expect(villageAt([west, east], [1.5, 0.5])).toBe(3);
    expect(villageAt([west, east], [2.5, 0.5])).toBeNull();
  });

  it('gives a point on a shared boundary to the lowest id, in any order', () => {
    expect(villageAt([west, east], [1, 0.5])).toBe(3);
    expect(villageAt([east, west], [1, 0.5])).toBe(3);
  });

  it('counts the outer boundary as covered and a hole as not', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [...square(0, 0, 4).coordinates, ...square(1, 1, 2).coordinates],
    };
    expect(covers(withHole, [0, 2])).toBe(true);
    expect(covers(withHole, [2, 2])).toBe(false);
    expect(covers(withHole, [1, 2])).toBe(true); // on the hole's edge: still the village's
    expect(
      covers({ type: 'MultiPolygon', coordinates: [square(5, 5).coordinates] }, [5.5, 5.5]),
    ).toBe(true);
  });
});
