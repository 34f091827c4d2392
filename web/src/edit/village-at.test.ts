import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { villageAt } from './village-at';

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
});
