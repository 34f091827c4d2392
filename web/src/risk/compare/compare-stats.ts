import type { BusinessRisk, RiskGrid } from '../../api/risk-client';

export interface CompareStats {
  /** Businesses at "high" or "very high" on the day. */
  highOrAbove: number;
  /** Mean score of the businesses, 0–100 (null with none). */
  meanScore: number | null;
  /** Cells of the risk surface at "high" or above; null without the surface. */
  hotCells: number | null;
}

const highish = (level: string) => level === 'high' || level === 'very-high';

/** The few numbers under each side of the season comparison. */
export function compareStats(businesses: readonly BusinessRisk[], grid: RiskGrid | null) {
  const total = businesses.reduce((sum, b) => sum + b.properties.riskScore, 0);
  return {
    highOrAbove: businesses.filter((b) => highish(b.properties.riskLevel)).length,
    meanScore: businesses.length > 0 ? Math.round((total / businesses.length) * 10) / 10 : null,
    hotCells: grid ? grid.features.filter((c) => highish(c.properties.riskLevel)).length : null,
  } satisfies CompareStats;
}
