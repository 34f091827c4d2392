// The calibration's design matrix and the way back from fitted coefficients to points weights.
//
// Each factor enters the Poisson model with unit weight, exactly as riskFactors() computes it
// (same decays, same caps), so a coefficient β is the factor's log relative risk per unit and
// the points are s·β: the score is proportional to the log of the expected count of tips and
// findings (Risk Terrain Modeling's relative risk values, on an additive scale). Business type
// enters as indicators against 'other' (which then gets 0 points).

import {
  type BusinessType,
  defaultWeights,
  type FactorCode,
  type RiskInputs,
  type Weights,
} from './factors';

const fittedTypes = ['massage', 'karaoke', 'lodging', 'short-term-rental', 'bar-cafe'] as const;

type FittedType = (typeof fittedTypes)[number];
/** The intercept, one indicator per fitted type, and every other factor by its code. */
type FeatureName = 'intercept' | `type:${FittedType}` | Exclude<FactorCode, 'type'>;

/** Column names of the design matrix, intercept first. */
export const featureNames: readonly FeatureName[] = [
  'intercept',
  ...fittedTypes.map((t): FeatureName => `type:${t}`),
  'border-area',
  'traffic-route',
  'tourist-area',
  'worker-housing',
  'similar-nearby',
  'recent-tips',
  'past-violations',
  'registry-mismatch',
  'season',
];

/** The caps of the default weights, in units of each factor (e.g. 2.5 recent tips). */
function capsOf(w: Weights) {
  return {
    similar: w.similarNearbyMax / w.perSimilarNearby,
    tips: w.tipsMax / w.perTip,
    violations: w.violationsMax / w.violationRate,
    season: w.seasonMax / w.perSeasonIntensity,
  };
}

const halfLife = (ageDays: number, days: number) => 0.5 ** (Math.max(0, ageDays) / days);
const near = (distance: number | null, decay: number) =>
  distance === null ? 0 : Math.exp(-Math.max(0, distance) / decay);

/** One row of the design matrix: every factor with unit weight, as riskFactors() shapes it. */
export function featuresOf(input: RiskInputs, base: Weights = defaultWeights): number[] {
  const caps = capsOf(base);
  const tips = input.tipAgesDays.reduce((s, age) => s + halfLife(age, base.tipHalfLifeDays), 0);
  const violations = input.violationAgesDays.reduce(
    (s, age) => s + halfLife(age, base.violationHalfLifeDays),
    0,
  );
  return [
    1,
    ...fittedTypes.map((t) => (input.type === t ? 1 : 0)),
    near(input.distanceToBorderArea, base.decayMeters),
    near(input.distanceToTrafficRoute, base.decayMeters),
    near(input.distanceToTouristArea, base.decayMeters),
    near(input.distanceToWorkerHousing, base.decayMeters),
    Math.min(caps.similar, input.similarNearby),
    Math.min(caps.tips, tips),
    Math.min(caps.violations, violations / (1 + input.inspectionsLastYear)),
    input.registryMismatch ? 1 : 0,
    Math.min(caps.season, Math.max(0, input.seasonIntensity - 1)),
  ];
}

/** The largest score a weight set can give (every factor at its maximum), before the 100 cap. */
export function maxTotalPoints(w: Weights): number {
  return (
    Math.max(...Object.values(w.type)) +
    w.borderArea +
    w.trafficRoute +
    w.touristArea +
    w.workerHousing +
    w.similarNearbyMax +
    w.tipsMax +
    w.violationsMax +
    w.registryMismatch +
    w.seasonMax
  );
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Points weights from fitted coefficients (in featureNames order). Negative coefficients are
 * clipped to 0, so raising a factor never lowers a score (the model's promise to a chairman,
 * and a guard against a noisy fit). The rest are scaled by one factor s so the largest possible
 * score equals the base set's (112 points for the defaults): points stay comparable to the
 * defaults. Decays, half-lives and caps (in factor units) are kept from the base set.
 */
export function weightsFromCoefficients(
  coefficients: readonly number[],
  base: Weights = defaultWeights,
): { weights: Weights; scale: number } {
  if (coefficients.length !== featureNames.length)
    throw new RangeError(
      `expected ${featureNames.length} coefficients, got ${coefficients.length}`,
    );
  const b = Object.fromEntries(
    featureNames.map((name, i) => [name, Math.max(0, coefficients[i] as number)]),
  ) as Record<FeatureName, number>;
  const caps = capsOf(base);
  const rawMax =
    Math.max(0, ...fittedTypes.map((t) => b[`type:${t}`])) +
    b['border-area'] +
    b['traffic-route'] +
    b['tourist-area'] +
    b['worker-housing'] +
    b['similar-nearby'] * caps.similar +
    b['recent-tips'] * caps.tips +
    b['past-violations'] * caps.violations +
    b['registry-mismatch'] +
    b.season * caps.season;
  if (!(rawMax > 0)) throw new RangeError('every coefficient is ≤ 0: nothing raises the risk');
  const scale = maxTotalPoints(base) / rawMax;
  const points = (name: FeatureName) => round2(scale * b[name]);
  const type = { other: 0 } as Record<BusinessType, number>;
  for (const t of fittedTypes) type[t] = points(`type:${t}`);
  const perSimilarNearby = points('similar-nearby');
  const perTip = points('recent-tips');
  const violationRate = points('past-violations');
  const perSeasonIntensity = points('season');
  return {
    scale,
    weights: {
      ...base,
      type,
      borderArea: points('border-area'),
      trafficRoute: points('traffic-route'),
      touristArea: points('tourist-area'),
      workerHousing: points('worker-housing'),
      perSimilarNearby,
      similarNearbyMax: round2(perSimilarNearby * caps.similar),
      perTip,
      tipsMax: round2(perTip * caps.tips),
      violationRate,
      violationsMax: round2(violationRate * caps.violations),
      registryMismatch: points('registry-mismatch'),
      perSeasonIntensity,
      seasonMax: round2(perSeasonIntensity * caps.season),
    },
  };
}
