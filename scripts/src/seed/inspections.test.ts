import { inspectionMeasures, inspectionViolations } from '@ntm/db/schema/values';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate-demo';

const demo = generateDemo({ seed: 42 });
const inspections = [...demo.inspections()];
const businesses = [...demo.businesses()];

describe('the demo inspections', () => {
  it('run from 2025-01-01 to the until date in time order, about 2–4 a week', () => {
    expect(inspections).toHaveLength(demo.inspectionCount);
    const weeks = demo.inspectionWeeks.length;
    expect(inspections.length / weeks).toBeGreaterThan(2);
    expect(inspections.length / weeks).toBeLessThan(5);
    const times = inspections.map((i) => i.properties.startedAt);
    expect([...times].sort()).toEqual(times);
    expect((times[0] ?? '') >= '2025-01-01').toBe(true);
    expect((times[times.length - 1] as string).slice(0, 10) <= demo.until).toBe(true);
  });

  it('take place at the business they inspect', () => {
    for (const inspection of inspections) {
      const business = businesses[inspection.properties.businessOrdinal - 1];
      expect(inspection.geometry.coordinates).toEqual(business?.geometry.coordinates);
    }
  });

  it('find no violation most of the time, and fine only when a fine is among the measures', () => {
    const clean = inspections.filter((i) => i.properties.result === 'no-violation').length;
    expect(clean / inspections.length).toBeGreaterThan(0.5);
    for (const { properties: p } of inspections) {
      expect(p.fineVnd !== null).toBe(p.measures.includes('fine'));
      expect(p.fineDecisionNumber !== null).toBe(p.fineVnd !== null);
      if (p.fineVnd !== null) expect(p.fineVnd).toBeGreaterThanOrEqual(1_000_000);
      expect(p.followUpOn === null).toBe(p.result === 'no-violation');
      if (p.followUpOn) expect(p.followUpOn > p.startedAt.slice(0, 10)).toBe(true);
      expect(p.findings.length).toBeGreaterThan(10);
    }
  });

  it('record violations and measures as the codes of the form, a violation with what it was', () => {
    for (const { properties: p } of inspections) {
      for (const m of p.measures) expect(inspectionMeasures).toContain(m);
      for (const v of p.violations) expect(inspectionViolations).toContain(v);
      if (p.result === 'violation') expect(p.violations.length).toBeGreaterThan(0);
      if (p.result === 'no-violation') expect(p.violations).toEqual([]);
    }
  });

  it('send mixed teams led by the commune police, surprise visits at night', () => {
    const agencies = new Set(inspections.flatMap((i) => i.properties.team.map((m) => m.agency)));
    expect([...agencies].sort()).toEqual(['Ban CHQS', 'Công an xã', 'Phòng VH-XH', 'Trạm Y tế']);
    for (const { properties: p } of inspections) {
      expect(p.team.some((m) => m.agency === 'Công an xã')).toBe(true);
      if (p.kind === 'surprise') expect(p.startedAt.slice(11, 16) >= '19:30').toBe(true);
    }
    expect(inspections.some((i) => i.properties.kind === 'scheduled')).toBe(true);
    expect(inspections.some((i) => i.properties.kind === 'surprise')).toBe(true);
  });

  it('find front businesses in breach far more often', () => {
    const rate = (front: boolean) => {
      const at = inspections.filter(
        (i) => businesses[i.properties.businessOrdinal - 1]?.properties.isFront === front,
      );
      return (
        at.filter((i) => i.properties.result !== 'no-violation').length / Math.max(1, at.length)
      );
    };
    expect(rate(true)).toBeGreaterThan(rate(false));
  });
});
