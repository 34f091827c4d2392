import { epochDayOf } from '@ntm/domain/seasons/iso-date';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate-demo';
import { tipCategories } from './tip-categories';

const demo = generateDemo({ seed: 42 });
const tips = [...demo.tips()];
const businesses = [...demo.businesses()];
const ageDays = (at: string) => epochDayOf(demo.until) - epochDayOf(at.slice(0, 10));

describe('the demo tips', () => {
  it('run from 2025-01-01 to the until date, in time order, as many as the weeks say', () => {
    expect(tips).toHaveLength(demo.tipCount);
    expect(tips.length).toBeGreaterThan(250);
    const times = tips.map((t) => t.properties.receivedAt);
    expect((times[0] ?? '') >= '2025-01-01').toBe(true);
    expect((times[times.length - 1] as string).slice(0, 10) <= '2026-11-30').toBe(true);
    expect([...times].sort()).toEqual(times);
  });

  it('name a business about 70 % of the time and then stand near it', () => {
    const related = tips.filter((t) => t.properties.businessOrdinal !== null);
    expect(related.length / tips.length).toBeGreaterThan(0.6);
    expect(related.length / tips.length).toBeLessThan(0.8);
    for (const tip of related) {
      const business = businesses[(tip.properties.businessOrdinal as number) - 1];
      expect(business).toBeDefined();
      const [tx, ty] = demo.geography.frame.toMeters(tip.geometry.coordinates);
      const [bx, by] = demo.geography.frame.toMeters(business?.geometry.coordinates ?? [0, 0]);
      expect(Math.hypot(tx - bx, ty - by)).toBeLessThanOrEqual(
        Math.max(10, tip.properties.precisionMeters) + 0.1,
      );
    }
  });

  it('lie inside the commune, some only approximately (100–500 m)', () => {
    for (const tip of tips) {
      expect(booleanPointInPolygon(tip.geometry.coordinates, demo.geography.commune)).toBe(true);
      const precision = tip.properties.precisionMeters;
      expect(precision === 0 || (precision >= 100 && precision <= 500)).toBe(true);
    }
    expect(tips.filter((t) => t.properties.precisionMeters > 0).length).toBeGreaterThan(
      tips.length * 0.1,
    );
  });

  it('use the documented categories with Vietnamese descriptions', () => {
    for (const { properties: p } of tips) {
      expect(Object.keys(tipCategories)).toContain(p.category);
      expect(p.description.length).toBeGreaterThan(20);
    }
  });

  it('progress with age: old tips are closed, recent ones mostly still open', () => {
    const closed = new Set(['handled', 'transferred', 'unfounded']);
    for (const { properties: p } of tips) {
      if (ageDays(p.receivedAt) >= 60) expect(closed.has(p.status)).toBe(true);
    }
    const lastWeek = tips.filter((t) => ageDays(t.properties.receivedAt) < 7);
    expect(lastWeek.length).toBeGreaterThan(0);
    expect(lastWeek.every((t) => !closed.has(t.properties.status))).toBe(true);
  });

  it('record every state change, dated in order, signed by congan, ending at the tip status', () => {
    for (const { properties: p } of tips) {
      const events = p.events;
      expect(events[0]).toMatchObject({ fromStatus: null, toStatus: 'received', at: p.receivedAt });
      for (let i = 1; i < events.length; i += 1) {
        expect(events[i]?.fromStatus).toBe(events[i - 1]?.toStatus);
        expect((events[i]?.at as string) > (events[i - 1]?.at as string)).toBe(true);
      }
      expect(events[events.length - 1]?.toStatus).toBe(p.status);
      expect((events[events.length - 1]?.at ?? '').slice(0, 10) <= demo.until).toBe(true);
      for (const event of events) {
        expect(event.signedBy).toBe('congan');
        expect(event.note.length).toBeGreaterThan(5);
      }
    }
  });

  it('give the loader the same events on its second, business-free pass', () => {
    const secondPass = [...demo.tipEvents()];
    expect(secondPass).toEqual(
      tips.map((t) => ({ ordinal: t.properties.ordinal, events: t.properties.events })),
    );
  });
});
