import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { VillageCollection } from '../api/geo-types';
import type { BusinessRisk, RiskFactor } from '../api/risk-client';

export interface VillageRisk {
  /** Mean score of the village's open businesses, 0–100; null when it has none. */
  meanScore: number | null;
  businesses: number;
  /** Businesses at "high" or "very high". */
  highOrAbove: number;
}

export type VillageRiskProperties = VillageRisk & { id: number | string; name: string };

/** The businesses' scores gathered per village (by the village id each business carries). */
export function villageRisks(risks: readonly BusinessRisk[]): Map<string, VillageRisk> {
  const sums = new Map<string, { total: number; count: number; high: number }>();
  for (const risk of risks) {
    const village = risk.properties.village;
    if (village === null || village === undefined) continue;
    const key = String(village);
    const entry = sums.get(key) ?? { total: 0, count: 0, high: 0 };
    entry.total += risk.properties.riskScore;
    entry.count += 1;
    if (risk.properties.riskLevel === 'high' || risk.properties.riskLevel === 'very-high') {
      entry.high += 1;
    }
    sums.set(key, entry);
  }
  const result = new Map<string, VillageRisk>();
  for (const [key, { total, count, high }] of sums) {
    result.set(key, {
      meanScore: Math.round((total / count) * 10) / 10,
      businesses: count,
      highOrAbove: high,
    });
  }
  return result;
}

/** The village polygons with their risk joined, for the village choropleth. */
export function villageRiskFeatures(
  villages: VillageCollection,
  risks: readonly BusinessRisk[],
): FeatureCollection<Polygon | MultiPolygon, VillageRiskProperties> {
  const byVillage = villageRisks(risks);
  const none: VillageRisk = { meanScore: null, businesses: 0, highOrAbove: 0 };
  return {
    type: 'FeatureCollection',
    features: villages.features.map(
      (v): Feature<Polygon | MultiPolygon, VillageRiskProperties> => ({
        type: 'Feature',
        id: v.properties.id,
        geometry: v.geometry as Polygon | MultiPolygon,
        properties: {
          id: v.properties.id,
          name: v.properties.name,
          ...(byVillage.get(String(v.properties.id)) ?? none),
        },
      }),
    ),
  };
}

/**
 * A village's mean score split by factor: the mean of each factor's points over its businesses,
 * so the parts still add up to the mean score, largest first.
 */
export function villageFactors(risks: readonly BusinessRisk[], villageId: number | string) {
  const inVillage = risks.filter((r) => String(r.properties.village) === String(villageId));
  const sums = new Map<RiskFactor['factor'], number>();
  for (const risk of inVillage) {
    for (const f of risk.properties.factors) {
      sums.set(f.factor, (sums.get(f.factor) ?? 0) + f.contribution);
    }
  }
  const factors = [...sums].map(([factor, total]) => ({
    factor,
    contribution: Math.round((total / inVillage.length) * 10) / 10,
    explanation: '',
    lower: null,
  }));
  return {
    factors: factors.sort((a, b) => b.contribution - a.contribution),
    top: [...inVillage].sort((a, b) => b.properties.riskScore - a.properties.riskScore),
  };
}
