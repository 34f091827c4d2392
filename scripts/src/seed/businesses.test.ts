import { booleanPointInPolygon, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { businessTypes } from './business-catalogue';
import { BusinessFactory } from './businesses';
import { buildGeography } from './demo-geography';
import { generateDemo } from './generate-demo';

const demo = generateDemo({ seed: 42 });
const businesses = [...demo.businesses()];
const villages = demo.geography.villages.features;
const villageOutlines = villages.map((v) => {
  const outline = polygonToLine(v);
  return (outline.type === 'FeatureCollection' ? outline.features : [outline]) as Feature<
    LineString | MultiLineString
  >[];
});
const share = (predicate: (b: (typeof businesses)[number]) => boolean) =>
  businesses.filter(predicate).length / businesses.length;

describe('the demo businesses', () => {
  it('number 150–300 (220 by default)', () => {
    expect(businesses).toHaveLength(220);
    expect(businesses.map((b) => b.properties.ordinal)).toEqual(businesses.map((_, i) => i + 1));
  });

  it('mix every type, bar-cafe the most, then lodging', () => {
    const counts = Object.fromEntries(
      businessTypes.map((t) => [t, businesses.filter((b) => b.properties.type === t).length]),
    );
    for (const type of businessTypes) expect(counts[type]).toBeGreaterThan(0);
    const ranked = [...businessTypes].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
    expect(ranked.slice(0, 2)).toEqual(['bar-cafe', 'lodging']);
    expect((counts['bar-cafe'] ?? 0) / businesses.length).toBeGreaterThan(0.25);
    expect((counts['bar-cafe'] ?? 0) / businesses.length).toBeLessThan(0.4);
  });

  it('stand inside exactly one village, at least 2 m from any village boundary, the one they name', () => {
    for (const business of businesses) {
      const holders = villages.flatMap((v, i) =>
        booleanPointInPolygon(business.geometry.coordinates, v) ? [i] : [],
      );
      expect(holders).toHaveLength(1);
      const index = holders[0] as number;
      expect(villages[index]?.properties.slug).toBe(business.properties.villageSlug);
      expect(business.properties.address).toBe(
        `Thôn ${villages[index]?.properties.name}, xã Nam Thanh Miện`,
      );
      for (const outline of villageOutlines[index] ?? []) {
        expect(
          pointToLineDistance(
            point(business.geometry.coordinates),
            outline as Feature<LineString>,
            { units: 'meters' },
          ),
        ).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('cluster along the national road', () => {
    const ql38b = demo.geography.roadNetwork.national;
    const nearRoad = businesses.filter((b) => {
      const [x, y] = demo.geography.frame.toMeters(b.geometry.coordinates);
      return ql38b.some(([rx, ry], i) => i > 0 && Math.hypot(x - rx, y - ry) < 150);
    });
    expect(nearRoad.length / businesses.length).toBeGreaterThan(0.3);
  });

  it('include a few front businesses: karaoke or massage licensed for food and drink', () => {
    const fronts = businesses.filter((b) => b.properties.isFront);
    expect(fronts.length / businesses.length).toBeGreaterThan(0.01);
    expect(fronts.length / businesses.length).toBeLessThan(0.1);
    for (const front of fronts) {
      expect(['karaoke', 'massage']).toContain(front.properties.type);
      expect(front.properties.licensedTrade).toBe('Dịch vụ ăn uống');
    }
  });

  it('keep opening hours that fit their type', () => {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    for (const { properties: p } of businesses) {
      expect(Object.keys(p.openingHours)).toEqual(days);
      for (const intervals of Object.values(p.openingHours)) {
        for (const [open, close] of intervals) {
          expect(open).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
          expect(close).toMatch(/^([01]\d|2[0-4]):[0-5]\d$/);
        }
      }
      if (p.type === 'lodging') expect(p.openingHours.mon).toEqual([['00:00', '24:00']]);
      if (p.type === 'karaoke') {
        const open = Object.values(p.openingHours).flat()[0]?.[0] ?? '';
        expect(open >= '12:00').toBe(true);
      }
      if (p.type === 'massage') {
        for (const [open] of Object.values(p.openingHours).flat())
          expect(open >= '08:00' && open <= '10:00').toBe(true);
      }
    }
    expect(
      share((b) => Object.values(b.properties.openingHours).some((day) => day.length === 0)),
    ).toBeGreaterThan(0.03);
  });

  it('are mostly active, with reviewed dates in 2025–2026, synthetic 09 phones and Vietnamese owners', () => {
    expect(share((b) => b.properties.status === 'active')).toBeGreaterThan(0.75);
    expect(share((b) => b.properties.status === 'active')).toBeLessThan(0.95);
    for (const { properties: p } of businesses) {
      expect(p.reviewedAt >= '2025-01-01' && p.reviewedAt <= '2026-12-31').toBe(true);
      expect(p.phone).toMatch(/^09\d{8}$/);
      expect(p.ownerName.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(p.name.length).toBeGreaterThan(3);
    }
  });

  it('rebuild alone exactly as in the full register', () => {
    const factory = new BusinessFactory(42, buildGeography(42), 220, demo.until);
    for (const ordinal of [1, 77, 220]) {
      expect(factory.feature(ordinal)).toEqual(businesses[ordinal - 1]);
      const core = factory.core(ordinal);
      expect(factory.positionLngLat(core.position)).toEqual(
        businesses[ordinal - 1]?.geometry.coordinates,
      );
    }
  });
});
