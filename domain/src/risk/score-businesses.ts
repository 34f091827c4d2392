import type { RiskInputRow } from '@ntm/db/queries/risk';
import type { DaySeason } from '../seasons/day-seasons';
import { explain } from './explain';
import { type BusinessType, type RiskInputs, riskScore, type Weights } from './factors';
import { registryMismatch } from './registry-mismatch';

export const typeNames: Record<BusinessType, string> = {
  lodging: 'cơ sở lưu trú',
  karaoke: 'karaoke',
  massage: 'xoa bóp (massage)',
  'short-term-rental': 'căn hộ cho thuê ngắn hạn',
  'bar-cafe': 'quán bar, cà phê',
  other: 'khác',
};

/** What the model reads of one business row, with the season of the day. */
export function riskInputsOf(row: RiskInputRow, seasonIntensity: number): RiskInputs {
  const type = row.type as BusinessType;
  return {
    type,
    distanceToBorderArea: row.borderM,
    distanceToTrafficRoute: row.trafficM,
    distanceToTouristArea: row.touristM,
    distanceToWorkerHousing: row.housingM,
    similarNearby: row.similarNearby,
    tipAgesDays: row.tipAges,
    violationAgesDays: row.violationAges,
    inspectionsLastYear: row.inspectionsYear,
    registryMismatch: registryMismatch(type, row.licensedTrade),
    seasonIntensity,
  };
}

/**
 * Every business's risk on a day as GeoJSON features, highest first: score 0–100, level, and
 * the factors (points that add up to the score, each with its plain sentence).
 */
export function scoreBusinesses(
  rows: readonly RiskInputRow[],
  seasons: readonly DaySeason[],
  weights?: Weights,
) {
  const seasonIntensity = Math.max(1, ...seasons.map((s) => s.intensity));
  const features = rows.map((row) => {
    const input = riskInputsOf(row, seasonIntensity);
    const { score, level, factors } = riskScore(input, weights);
    return {
      type: 'Feature' as const,
      id: row.businessId,
      geometry: { type: 'Point' as const, coordinates: [row.lng, row.lat] },
      properties: {
        id: row.businessId,
        name: row.name,
        type: input.type,
        village: row.villageId,
        villageName: row.villageName,
        riskScore: score,
        riskLevel: level,
        factors: explain(factors, input, {
          typeName: typeNames[input.type],
          licensedTrade: row.licensedTrade,
          seasonNames: seasons.map((s) => s.name),
        }),
      },
    };
  });
  return features.sort((a, b) => b.properties.riskScore - a.properties.riskScore);
}

export type ScoredBusiness = ReturnType<typeof scoreBusinesses>[number];
