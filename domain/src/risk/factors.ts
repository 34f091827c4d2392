import type { businessTypes } from '@ntm/db/schema/values';

// The explainable risk of a business (Risk Terrain Modeling in spirit): a handful of named
// factors, each worth points that add up to the score, each with a plain Vietnamese reason and
// what would lower it.
//
// Default weights (`defaultWeights` below, used until a set is calibrated), in points:
//   type: massage 14, karaoke 12, lodging 10, short-term rental 8, bar/café 6, other 3;
//   key areas at distance d, weight·e^(−d/300 m): border 12, worker housing 8, traffic route 6,
//   tourist area 6; similar premises within 300 m: 2 each, at most 8; independent tips: 10 each,
//   halving every 90 days, at most 25; violations found: 12 × (half-life 180 days) ÷ (1 +
//   inspections in the last year), at most 15 (inspection findings weigh less than tips and per
//   inspection made: the feedback-loop guard); registry mismatch 8; season: 5 per unit of
//   intensity above 1, at most 10 (Tết, intensity 3, gives 10). Largest possible sum 112; the
//   score is capped at 100. They were set by judgement from DOMAIN.md, not fitted.
//
// Calibration (`pnpm risk:calibrate`, domain/src/risk/calibrate.ts): one row per open business and
// calendar quarter before the day; features are the factors above with unit weight as of the
// day before the quarter (type as indicators against "other", nearness e^(−d/300 m) per key-area
// kind, similar premises up to 4, decayed tips up to 2.5, exposure-normalised decayed findings
// up to 1.25, mismatch 0/1, the quarter's mean season intensity − 1); the outcome is the
// quarter's independent tips plus violation findings. A Poisson GLM (log link, IRLS, ridge 1e-3
// off the intercept) gives each factor's log relative risk β; points are s·β with negative β
// clipped to 0 (raising a factor never lowers a score) and s chosen so the largest possible sum
// stays 112, comparable with the defaults. Decays, half-lives and caps (in factor units) stay
// as above. Sets are stored versioned in risk_weight_sets; the API scores with the one trained
// on the most recent data (the newest of those).

export type BusinessType = (typeof businessTypes)[number];

/** What the database knows about one business on the day asked. */
export type RiskInputs = {
  type: BusinessType;
  /** Metres to the nearest key area of each kind (0 inside it); null when the commune has none. */
  distanceToBorderArea: number | null;
  distanceToTrafficRoute: number | null;
  distanceToTouristArea: number | null;
  distanceToWorkerHousing: number | null;
  /** Premises of the same type within the density radius. */
  similarNearby: number;
  /** Ages in days of the independent tips about it (not unfounded, duplicates once). */
  tipAgesDays: readonly number[];
  /** Ages in days of the inspections that found a violation or suspected activity. */
  violationAgesDays: readonly number[];
  /** Inspections in the last year: how often the place was looked at (exposure). */
  inspectionsLastYear: number;
  /** The licensed trade differs from what is seen there (a front business). */
  registryMismatch: boolean;
  /** How much the season of the day raises activity (1 = an ordinary day; Tết 3). */
  seasonIntensity: number;
};

export type Weights = {
  type: Record<BusinessType, number>;
  borderArea: number;
  trafficRoute: number;
  touristArea: number;
  workerHousing: number;
  /** Metres over which nearness to a key area fades to 1/e of its weight. */
  decayMeters: number;
  perSimilarNearby: number;
  similarNearbyMax: number;
  perTip: number;
  tipHalfLifeDays: number;
  tipsMax: number;
  violationRate: number;
  violationHalfLifeDays: number;
  violationsMax: number;
  registryMismatch: number;
  perSeasonIntensity: number;
  seasonMax: number;
};

export const defaultWeights: Weights = {
  type: { massage: 14, karaoke: 12, lodging: 10, 'short-term-rental': 8, 'bar-cafe': 6, other: 3 },
  borderArea: 12,
  trafficRoute: 6,
  touristArea: 6,
  workerHousing: 8,
  decayMeters: 300,
  perSimilarNearby: 2,
  similarNearbyMax: 8,
  perTip: 10,
  tipHalfLifeDays: 90,
  tipsMax: 25,
  // Findings of inspections weigh less than independent tips, and per inspection made.
  violationRate: 12,
  violationHalfLifeDays: 180,
  violationsMax: 15,
  registryMismatch: 8,
  perSeasonIntensity: 5,
  seasonMax: 10,
};

export type FactorCode =
  | 'type'
  | 'border-area'
  | 'traffic-route'
  | 'tourist-area'
  | 'worker-housing'
  | 'similar-nearby'
  | 'recent-tips'
  | 'past-violations'
  | 'registry-mismatch'
  | 'season';

export type Factor = { code: FactorCode; points: number };

const near = (distance: number | null, weight: number, decay: number) =>
  distance === null ? 0 : weight * Math.exp(-Math.max(0, distance) / decay);
const halfLife = (ageDays: number, days: number) => 0.5 ** (Math.max(0, ageDays) / days);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Each factor's points (rounded to 0.1), largest first; factors worth nothing are left out. */
export function riskFactors(input: RiskInputs, w: Weights = defaultWeights): Factor[] {
  // Summed in one order (youngest first), so the same tips give the same float whatever their order.
  const tips = [...input.tipAgesDays]
    .sort((a, b) => a - b)
    .reduce((sum, age) => sum + w.perTip * halfLife(age, w.tipHalfLifeDays), 0);
  const violations = [...input.violationAgesDays]
    .sort((a, b) => a - b)
    .reduce((sum, age) => sum + halfLife(age, w.violationHalfLifeDays), 0);
  const points: Array<[FactorCode, number]> = [
    ['type', w.type[input.type]],
    ['border-area', near(input.distanceToBorderArea, w.borderArea, w.decayMeters)],
    ['traffic-route', near(input.distanceToTrafficRoute, w.trafficRoute, w.decayMeters)],
    ['tourist-area', near(input.distanceToTouristArea, w.touristArea, w.decayMeters)],
    ['worker-housing', near(input.distanceToWorkerHousing, w.workerHousing, w.decayMeters)],
    ['similar-nearby', Math.min(w.similarNearbyMax, w.perSimilarNearby * input.similarNearby)],
    ['recent-tips', Math.min(w.tipsMax, tips)],
    [
      'past-violations',
      Math.min(w.violationsMax, (w.violationRate * violations) / (1 + input.inspectionsLastYear)),
    ],
    ['registry-mismatch', input.registryMismatch ? w.registryMismatch : 0],
    [
      'season',
      Math.min(w.seasonMax, w.perSeasonIntensity * Math.max(0, input.seasonIntensity - 1)),
    ],
  ];
  return points
    .map(([code, p]) => ({ code, points: round1(p) }))
    .filter((f) => f.points > 0)
    .sort((a, b) => b.points - a.points);
}

export type RiskLevel = 'low' | 'medium' | 'high' | 'very-high';

/** Thresholds: under 25 low, under 45 medium, under 65 high, else very high. */
export const levelThresholds = { medium: 25, high: 45, veryHigh: 65 } as const;

export function riskLevel(score: number): RiskLevel {
  if (score >= levelThresholds.veryHigh) return 'very-high';
  if (score >= levelThresholds.high) return 'high';
  if (score >= levelThresholds.medium) return 'medium';
  return 'low';
}

/** The score 0–100 (the factors' sum, capped) and its level; factors add up to the score below the cap. */
export function riskScore(input: RiskInputs, w: Weights = defaultWeights) {
  const factors = riskFactors(input, w);
  const sum = round1(factors.reduce((s, f) => s + f.points, 0));
  const score = Math.min(100, sum);
  return { score, level: riskLevel(score), factors };
}
