// Properties of the risk score over thousands of random businesses (seeded, so a failure is
// reproducible): raising any one risk factor never lowers the score, the factors always add up
// to it, and the same inputs always give the same answer.
import { describe, expect, it } from 'vitest';
import { type BusinessType, defaultWeights, type RiskInputs, riskScore } from './factors';

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const types = Object.keys(defaultWeights.type) as BusinessType[];

function randomInputs(random: () => number): RiskInputs {
  const distance = () => (random() < 0.2 ? null : random() < 0.2 ? 0 : random() * 3000);
  const ages = () => Array.from({ length: Math.floor(random() * 6) }, () => random() * 730);
  return {
    type: types[Math.floor(random() * types.length)] as BusinessType,
    distanceToBorderArea: distance(),
    distanceToTrafficRoute: distance(),
    distanceToTouristArea: distance(),
    distanceToWorkerHousing: distance(),
    similarNearby: Math.floor(random() * 8),
    tipAgesDays: ages(),
    violationAgesDays: ages(),
    inspectionsLastYear: Math.floor(random() * 6),
    registryMismatch: random() < 0.3,
    seasonIntensity: 1 + random() * 3,
  };
}

/** Every way to make one factor riskier, holding the others. */
function raised(input: RiskInputs, random: () => number): Array<[string, RiskInputs]> {
  const closer = (d: number | null) => (d === null ? random() * 3000 : d * random());
  const heavierType = types.filter(
    (t) => defaultWeights.type[t] >= defaultWeights.type[input.type],
  );
  return [
    [
      'type',
      { ...input, type: heavierType[Math.floor(random() * heavierType.length)] as BusinessType },
    ],
    ['border-area', { ...input, distanceToBorderArea: closer(input.distanceToBorderArea) }],
    ['traffic-route', { ...input, distanceToTrafficRoute: closer(input.distanceToTrafficRoute) }],
    ['tourist-area', { ...input, distanceToTouristArea: closer(input.distanceToTouristArea) }],
    [
      'worker-housing',
      { ...input, distanceToWorkerHousing: closer(input.distanceToWorkerHousing) },
    ],
    ['similar-nearby', { ...input, similarNearby: input.similarNearby + 1 }],
    ['new tip', { ...input, tipAgesDays: [...input.tipAgesDays, random() * 730] }],
    [
      'newer tip',
      { ...input, tipAgesDays: input.tipAgesDays.map((a, i) => (i === 0 ? a * random() : a)) },
    ],
    ['new finding', { ...input, violationAgesDays: [...input.violationAgesDays, random() * 730] }],
    ['registry-mismatch', { ...input, registryMismatch: true }],
    ['season', { ...input, seasonIntensity: input.seasonIntensity + random() * 2 }],
  ];
}

describe('risk score properties', () => {
  it('never falls when any one risk factor rises (5,000 random businesses)', () => {
    const random = mulberry32(20261129);
    for (let i = 0; i < 5000; i++) {
      const input = randomInputs(random);
      const before = riskScore(input).score;
      for (const [what, riskier] of raised(input, random)) {
        const after = riskScore(riskier).score;
        if (after < before)
          throw new Error(`${what} lowered ${before} to ${after}: ${JSON.stringify(input)}`);
      }
    }
  });

  it('adds the factors up to the score below the cap, and caps at 100', () => {
    const random = mulberry32(7);
    for (let i = 0; i < 5000; i++) {
      const { score, factors } = riskScore(randomInputs(random));
      const sum = Math.round(factors.reduce((s, f) => s + f.points, 0) * 10) / 10;
      expect(score).toBe(Math.min(100, sum));
      expect(score).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives the same inputs the same score and factors, whatever the order of the tips', () => {
    const random = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const input = randomInputs(random);
      const again = structuredClone(input);
      expect(riskScore(again)).toEqual(riskScore(input));
      const reordered = {
        ...input,
        tipAgesDays: [...input.tipAgesDays].reverse(),
        violationAgesDays: [...input.violationAgesDays].reverse(),
      };
      expect(riskScore(reordered)).toEqual(riskScore(input));
    }
  });
});
