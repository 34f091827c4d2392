import type { BusinessRisk, RiskFactor } from '../api/risk-client';

/** A factor of a score as the API gives it, for tests: no explanation, nothing to lower it. */
export const factor = (name: RiskFactor['factor'], contribution: number): RiskFactor => ({
  factor: name,
  contribution,
  explanation: '',
  lower: null,
});

/**
 * A business's risk as the API answers it, for tests: a karaoke in village 1 scoring 30
 * (medium) with no factors, unless `over` says otherwise.
 */
export function businessRisk(
  id: number,
  over: Partial<BusinessRisk['properties']> = {},
): BusinessRisk {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [106.24, 20.72] },
    properties: {
      id,
      name: `Cơ sở ${id}`,
      type: 'karaoke',
      village: 1,
      villageName: '',
      riskScore: 30,
      riskLevel: 'medium',
      factors: [],
      ...over,
    },
  };
}
