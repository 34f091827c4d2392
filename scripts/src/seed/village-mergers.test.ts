import { describe, expect, it } from 'vitest';
import { buildGeography } from './demo-geography';
import { planMergers } from './village-mergers';

describe('planMergers', () => {
  const geography = buildGeography(42);
  const mergers = planMergers(geography.villagePlans);
  const plan = (slug: string) => geography.villagePlans.find((v) => v.slug === slug);

  it('merges three villages, each into a neighbour of its own former commune', () => {
    expect(mergers).toHaveLength(3);
    for (const m of mergers) {
      for (const part of m.parts) {
        expect(plan(part)?.formerCommune).toBe(plan(m.into)?.formerCommune);
      }
    }
  });

  it('never merges away the villages the tests and the demo accounts rely on', () => {
    const gone = new Set(mergers.flatMap((m) => m.parts));
    const slugs = geography.villagePlans.map((v) => v.slug);
    for (const slug of [slugs[0], slugs.at(-1), slugs.at(-2), 'phu-tai', 'dan-giap']) {
      expect(gone.has(slug as string)).toBe(false);
    }
    for (const m of mergers) expect(gone.has(m.into)).toBe(false);
  });

  it('is the same for the same seed', () => {
    expect(planMergers(buildGeography(42).villagePlans)).toEqual(mergers);
  });
});
