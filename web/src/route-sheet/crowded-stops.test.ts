import { describe, expect, it } from 'vitest';
import { crowdedGroups, groupCentre, stopNumbersLabel, worldPixels } from './crowded-stops';

describe('stop numbers that would overlap on the map', () => {
  it('labels a run as a range and the rest one by one', () => {
    expect(stopNumbersLabel([12, 10, 13, 11])).toBe('10–13');
    expect(stopNumbersLabel([3, 5])).toBe('3, 5');
    expect(stopNumbersLabel([9, 3, 8, 10])).toBe('3, 8–10');
    expect(stopNumbersLabel([7])).toBe('7');
  });

  it('puts the world in 512 pixels at zoom 0, the equator and Greenwich at its middle', () => {
    expect(worldPixels([0, 0], 0)).toEqual([256, 256]);
    expect(worldPixels([180, 0], 1)[0]).toBe(1024);
  });

  it('groups stops a few metres apart at a town zoom and keeps them apart when zoomed in', () => {
    // About 30 m apart along a road, and one 600 m away.
    const stops = [
      { seq: 10, lngLat: [106.24, 20.72] as [number, number] },
      { seq: 11, lngLat: [106.2403, 20.72] as [number, number] },
      { seq: 12, lngLat: [106.2406, 20.72] as [number, number] },
      { seq: 13, lngLat: [106.2409, 20.72] as [number, number] },
      { seq: 14, lngLat: [106.246, 20.72] as [number, number] },
    ];
    const town = crowdedGroups(stops, 13, 22).map((g) => g.map((s) => s.seq));
    expect(town).toEqual([[10, 11, 12, 13], [14]]);
    const street = crowdedGroups(stops, 19, 22).map((g) => g.map((s) => s.seq));
    expect(street).toEqual([[10], [11], [12], [13], [14]]);
  });

  it('draws a group at the middle of its stops', () => {
    expect(groupCentre([{ lngLat: [106, 20] }, { lngLat: [106.2, 20.2] }])).toEqual([106.1, 20.1]);
  });
});
