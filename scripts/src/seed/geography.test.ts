import { Random } from '@ntm/solver/random';
import { area, booleanPointInPolygon, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildGeography } from './demo-geography';
import { signedArea } from './plane';

const geography = buildGeography(42);
const { commune, villages, keyAreas, frame } = geography;
const communeArea = area(commune);
const villageFeatures = villages.features;

function decimalsOf(value: number): number {
  const text = String(value);
  return text.includes('.') ? (text.split('.')[1] as string).length : 0;
}

describe('the demo commune', () => {
  it('is Nam Thanh Miện, code 11284, in Hải Phòng', () => {
    expect(commune.properties).toEqual({
      communeCode: '11284',
      name: 'Nam Thanh Miện',
      province: 'Hải Phòng',
    });
  });

  it('covers 24.0 km² exactly on the ellipsoid, and within 0.5 km² by turf', () => {
    const ring = (commune.geometry.coordinates[0] ?? []).map((p) => frame.toMeters(p));
    expect(Math.abs(signedArea(ring)) / 1e6).toBeCloseTo(24.0, 3);
    expect(Math.abs(communeArea / 1e6 - 24.0)).toBeLessThan(0.5);
  });

  it('is centred near lng 106.2409, lat 20.7235 and keeps 7 decimals at most', () => {
    const ring = commune.geometry.coordinates[0] ?? [];
    const lngs = ring.map((p) => p[0] as number);
    const lats = ring.map((p) => p[1] as number);
    expect(Math.abs((Math.min(...lngs) + Math.max(...lngs)) / 2 - 106.2409)).toBeLessThan(0.01);
    expect(Math.abs((Math.min(...lats) + Math.max(...lats)) / 2 - 20.7235)).toBeLessThan(0.01);
    for (const value of [...lngs, ...lats]) expect(decimalsOf(value)).toBeLessThanOrEqual(7);
  });
});

describe('the demo villages', () => {
  it('number 20 to 30, with unique ASCII slugs and the known Phù Tải and Đan Giáp in former Thanh Giang', () => {
    expect(villageFeatures.length).toBeGreaterThanOrEqual(20);
    expect(villageFeatures.length).toBeLessThanOrEqual(30);
    const slugs = villageFeatures.map((v) => v.properties.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const byName = new Map(villageFeatures.map((v) => [v.properties.name, v.properties]));
    expect(byName.get('Phù Tải')).toMatchObject({ slug: 'phu-tai', formerCommune: 'Thanh Giang' });
    expect(byName.get('Đan Giáp')).toMatchObject({
      slug: 'dan-giap',
      formerCommune: 'Thanh Giang',
    });
  });

  it('belong to the four former communes', () => {
    const formers = new Set(villageFeatures.map((v) => v.properties.formerCommune));
    expect([...formers].sort()).toEqual([
      'Chi Lăng Bắc',
      'Chi Lăng Nam',
      'Hồng Phong',
      'Thanh Giang',
    ]);
    expect(geography.formerCommunes.flatMap((f) => f.villageSlugs).sort()).toEqual(
      villageFeatures.map((v) => v.properties.slug).sort(),
    );
  });

  it('house 33,230 people in all', () => {
    expect(villageFeatures.reduce((sum, v) => sum + v.properties.population, 0)).toBe(33_230);
  });

  it('tile the commune: their union differs from it by less than 0.1 % of its area', () => {
    const merged = union(featureCollection(villageFeatures));
    expect(merged).not.toBeNull();
    const mergedArea = area(merged as Feature<Polygon | MultiPolygon>);
    expect(Math.abs(mergedArea - communeArea) / communeArea).toBeLessThan(0.001);
    const sumOfAreas = villageFeatures.reduce((sum, v) => sum + area(v), 0);
    expect(Math.abs(sumOfAreas - communeArea) / communeArea).toBeLessThan(0.001);
  });

  it('do not overlap: every pair shares less than 1 m²', () => {
    for (let i = 0; i < villageFeatures.length; i += 1) {
      for (let j = i + 1; j < villageFeatures.length; j += 1) {
        const shared = intersect(
          featureCollection([villageFeatures[i], villageFeatures[j]] as Feature<MultiPolygon>[]),
        );
        expect(shared ? area(shared) : 0).toBeLessThan(1);
      }
    }
  });

  it('each contain their own centre, where the locator finds them', () => {
    villageFeatures.forEach((village, index) => {
      expect(booleanPointInPolygon(village.properties.centre, village)).toBe(true);
      expect(geography.locator.villageAt(frame.toMeters(village.properties.centre), 100)).toBe(
        index,
      );
    });
  });

  it('agree with the locator on random points', () => {
    const random = new Random(9);
    for (let i = 0; i < 400; i += 1) {
      const p: [number, number] = [random.range(-3500, 3500), random.range(-3500, 3500)];
      const index = geography.locator.villageAt(p, 0.5);
      if (index < 0) continue;
      const lngLat = frame.toLngLatExact(p);
      const holders = villageFeatures.filter((v) => booleanPointInPolygon(lngLat, v));
      expect(holders.map((v) => v.properties.slug)).toEqual([
        villageFeatures[index]?.properties.slug,
      ]);
    }
  });
});

describe('every demo polygon', () => {
  it('has counter-clockwise exterior rings (RFC 7946) of at least four positions', () => {
    const polygons = [commune, ...villageFeatures, ...keyAreas.features].flatMap((f) =>
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : [],
    );
    expect(polygons.length).toBeGreaterThan(30);
    for (const [exterior] of polygons) {
      const ring = (exterior ?? []).map((p) => frame.toMeters(p));
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(signedArea(ring)).toBeGreaterThan(0);
    }
  });
});

describe('the demo key areas', () => {
  const inside = (feature: Feature<Polygon | MultiPolygon>) => {
    const shared = intersect(
      featureCollection([feature, commune] as Feature<Polygon | MultiPolygon>[]),
    );
    return shared ? area(shared) / area(feature) : 0;
  };
  const ofKind = (kind: string) => keyAreas.features.filter((k) => k.properties.kind === kind);

  it('include border strips, the stork island, the QL38B corridor, 2–3 worker-housing areas and a military area', () => {
    expect(ofKind('border').length).toBeGreaterThanOrEqual(2);
    expect(
      ofKind('border').some((k) => k.properties.name.startsWith('Giáp ranh tỉnh Hưng Yên')),
    ).toBe(true);
    expect(ofKind('tourist').map((k) => k.properties.name)).toEqual(['Đảo Cò Chi Lăng Nam']);
    expect(ofKind('traffic-route')).toHaveLength(1);
    expect(ofKind('worker-housing').length).toBeGreaterThanOrEqual(2);
    expect(ofKind('worker-housing').length).toBeLessThanOrEqual(3);
    expect(ofKind('military')).toHaveLength(1);
  });

  it('all lie inside the commune', () => {
    for (const keyArea of keyAreas.features) {
      expect(keyArea.geometry.type).toBe('Polygon');
      expect(inside(keyArea as Feature<Polygon>)).toBeGreaterThan(0.999);
    }
  });

  it('put the stork island, 0.05–0.15 km², wholly inside one Chi Lăng Nam village', () => {
    const island = ofKind('tourist')[0] as Feature<Polygon>;
    expect(area(island) / 1e6).toBeGreaterThan(0.05);
    expect(area(island) / 1e6).toBeLessThan(0.15);
    const ring = island.geometry.coordinates[0] ?? [];
    const holders = villageFeatures.filter((v) => ring.every((p) => booleanPointInPolygon(p, v)));
    expect(holders.map((v) => v.properties.formerCommune)).toEqual(['Chi Lăng Nam']);
  });

  it('make the border strips about 300 m deep', () => {
    for (const strip of ofKind('border')) {
      const ring = ((strip.geometry as Polygon).coordinates[0] ?? []).map((p) => frame.toMeters(p));
      let perimeter = 0;
      for (let i = 1; i < ring.length; i += 1) {
        perimeter += Math.hypot(
          (ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0),
          (ring[i]?.[1] ?? 0) - (ring[i - 1]?.[1] ?? 0),
        );
      }
      // A long thin strip: area ≈ length × depth, perimeter ≈ 2 × length.
      const depthMeters = Math.abs(signedArea(ring)) / (perimeter / 2);
      expect(depthMeters).toBeGreaterThan(220);
      expect(depthMeters).toBeLessThan(320);
    }
  });
});
