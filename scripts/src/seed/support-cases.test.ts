import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate-demo';
import { generateSupportCases } from './support-cases';

const demo = generateDemo({ seed: 42 });
const slugs = demo.geography.villagePlans.map((v) => v.slug);
const cases = generateSupportCases(42, slugs, demo.until);

describe('the demo support cases', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateSupportCases(42, slugs, demo.until)).toEqual(cases);
    expect(generateSupportCases(43, slugs, demo.until)).not.toEqual(cases);
  });

  it('number 45–60 over 2025–2026 with unique codes, no date out of order or after until', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    expect(cases.length).toBeLessThanOrEqual(60);
    expect(new Set(cases.map((c) => c.code)).size).toBe(cases.length);
    for (const c of cases) {
      expect(c.code).toMatch(/^HT-[34679ACDEFGHJKMNPQRTWXY]{7}$/);
      expect(c.openedOn >= '2025-01-01' && c.openedOn <= demo.until).toBe(true);
      for (const day of [c.consentOn, c.counselledOn, c.closedOn]) {
        if (day) expect(day >= c.openedOn && day <= demo.until, c.code).toBe(true);
      }
      for (const r of c.referrals) {
        expect(r.referredOn >= (c.counselledOn ?? c.openedOn)).toBe(true);
        if (r.outcomeOn)
          expect(r.outcomeOn >= r.referredOn && r.outcomeOn <= demo.until).toBe(true);
        expect(r.outcome === 'pending').toBe(r.outcomeOn === null);
      }
      expect(c.note ?? '').not.toMatch(/\d{9,}/);
    }
  });

  it('puts most in a few villages and 1–4 in some, so suppression shows', () => {
    const perVillage = new Map<string, number>();
    for (const c of cases.filter((x) => x.openedOn >= '2026-01-01')) {
      perVillage.set(c.villageSlug, (perVillage.get(c.villageSlug) ?? 0) + 1);
    }
    const counts = [...perVillage.values()];
    expect(counts.some((n) => n >= 5)).toBe(true);
    expect(counts.some((n) => n >= 1 && n <= 4)).toBe(true);
  });

  it('has about 85% eligible', () => {
    const share = cases.filter((c) => c.eligible).length / cases.length;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.95);
  });
});
