import type { BusinessRiskAnswer } from '../api/risk-client';

/**
 * What the day's seasons add to the map: their names and the mean points of the season factor
 * over the businesses (the same for each, since it depends on the day only). Null on an
 * ordinary day, or when the season adds nothing.
 */
export function seasonShare(
  answer: BusinessRiskAnswer | null,
): { names: readonly string[]; points: number } | null {
  if (!answer || answer.seasons.length === 0 || answer.features.length === 0) return null;
  const total = answer.features.reduce(
    (sum, r) => sum + (r.properties.factors.find((f) => f.factor === 'season')?.contribution ?? 0),
    0,
  );
  const points = Math.round((total / answer.features.length) * 10) / 10;
  return points > 0 ? { names: answer.seasons, points } : null;
}
