import { booleanPointInPolygon, lineIntersect } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildGeography } from './demo-geography';

const geography = buildGeography(42);
const roads = geography.roads.features;
const key = (p: Position) => `${p[0]},${p[1]}`;

/** Union-find over road endpoints: which junctions the network joins. */
function components(): { find: (k: string) => string; endpoints: Set<string> } {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(k, root);
    return root;
  };
  const endpoints = new Set<string>();
  for (const road of roads) {
    const coords = road.geometry.coordinates;
    const [a, b] = [key(coords[0] as Position), key(coords[coords.length - 1] as Position)];
    for (const k of [a, b]) {
      endpoints.add(k);
      if (!parent.has(k)) parent.set(k, k);
    }
    parent.set(find(a), find(b));
  }
  return { find, endpoints };
}

describe('the demo road network', () => {
  it('has Quốc lộ 38B crossing west–east, provincial roads and village roads', () => {
    const national = roads.filter((r) => r.properties.roadClass === 'national');
    expect(new Set(national.map((r) => r.properties.name))).toEqual(new Set(['Quốc lộ 38B']));
    const lngs = national.flatMap((r) => r.geometry.coordinates.map((p) => p[0] as number));
    const ring = geography.commune.geometry.coordinates[0] ?? [];
    const communeLngs = ring.map((p) => p[0] as number);
    const span = Math.max(...communeLngs) - Math.min(...communeLngs);
    expect(Math.max(...lngs) - Math.min(...lngs)).toBeGreaterThan(0.8 * span);
    expect(
      roads.some((r) => r.properties.roadClass === 'provincial' && r.properties.name === 'ĐT 392'),
    ).toBe(true);
    expect(roads.filter((r) => r.properties.roadClass === 'village').length).toBeGreaterThanOrEqual(
      24,
    );
  });

  it('is one connected network that reaches every village centre', () => {
    const { find, endpoints } = components();
    const roots = new Set([...endpoints].map(find));
    expect(roots.size).toBe(1);
    for (const village of geography.villages.features) {
      expect(endpoints.has(key(village.properties.centre))).toBe(true);
    }
  });

  it('is noded: roads meet only at the ends of both segments', () => {
    const ends = roads.map((r) => {
      const c = r.geometry.coordinates;
      return [c[0] as Position, c[c.length - 1] as Position];
    });
    const isEnd = (i: number, p: Position) =>
      ends[i]?.some(
        (e) =>
          Math.abs((e[0] as number) - (p[0] as number)) < 1e-7 &&
          Math.abs((e[1] as number) - (p[1] as number)) < 1e-7,
      );
    for (let i = 0; i < roads.length; i += 1) {
      for (let j = i + 1; j < roads.length; j += 1) {
        for (const meeting of lineIntersect(roads[i] as never, roads[j] as never).features) {
          const p = meeting.geometry.coordinates;
          expect(
            isEnd(i, p) && isEnd(j, p),
            `${roads[i]?.properties.name} × ${roads[j]?.properties.name} at ${p}`,
          ).toBe(true);
        }
      }
    }
  });

  it('stays inside the commune, with no zero-length segments', () => {
    for (const road of roads) {
      const coords = road.geometry.coordinates;
      expect(coords.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < coords.length; i += 1)
        expect(key(coords[i] as Position)).not.toBe(key(coords[i - 1] as Position));
      for (const p of coords) expect(booleanPointInPolygon(p, geography.commune)).toBe(true);
    }
  });
});
