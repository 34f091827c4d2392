import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate-demo';

/** Everything the generator produces for a seed, as the bytes --out would write. */
function serialise(seed: number): string {
  const demo = generateDemo({ seed });
  return JSON.stringify({
    geography: [
      demo.geography.commune,
      demo.geography.villages,
      demo.geography.roads,
      demo.geography.keyAreas,
    ],
    formerCommunes: demo.geography.formerCommunes,
    users: demo.users,
    businesses: [...demo.businesses()],
    tips: [...demo.tips()],
    inspections: [...demo.inspections()],
  });
}

describe('the demo generator', () => {
  const first = serialise(42);

  it('gives byte-identical output for the same seed', () => {
    expect(serialise(42)).toBe(first);
  });

  it('gives different output for a different seed', () => {
    expect(serialise(43)).not.toBe(first);
  });

  it('creates the demo accounts: one per role and one head per village of today (none for a village merged away)', () => {
    const demo = generateDemo({ seed: 42 });
    const usernames = demo.users.map((u) => u.username);
    expect(usernames.slice(0, 5)).toEqual(['lanhdao', 'congan', 'tramyte', 'vanhoa', 'admin']);
    expect(usernames).toContain('thon-phu-tai');
    expect(usernames).toContain('thon-dan-giap');
    const heads = demo.users.filter((u) => u.role === 'village');
    const mergedAway = new Set(demo.mergers.flatMap((m) => m.parts));
    expect(mergedAway.size).toBe(3);
    expect(heads.map((u) => u.villageSlug).sort()).toEqual(
      demo.geography.villagePlans
        .map((v) => v.slug)
        .filter((slug) => !mergedAway.has(slug))
        .sort(),
    );
    for (const head of heads) expect(head.username).toBe(`thon-${head.villageSlug}`);
  });

  it('refuses a bad scale or until date', () => {
    expect(() => generateDemo({ seed: 1, scale: 0 })).toThrow(RangeError);
    expect(() => generateDemo({ seed: 1, until: '2024-12-31' })).toThrow(RangeError);
  });
});
