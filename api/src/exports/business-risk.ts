// Today's risk level of each open premises, for the KML's styles: scored exactly as
// GET /api/risk/businesses scores them (same inputs, seasons and weights in force).
import type { Sql } from '@ntm/db/client';
import { riskInputs } from '@ntm/db/queries/risk';
import { latestWeightSet } from '@ntm/db/queries/risk-weights';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { scoreBusinesses } from '@ntm/domain/risk/score-businesses';
import { weightsInForce } from '@ntm/domain/risk/weights-in-force';
import { seasonsOfDay } from '@ntm/domain/seasons/day-seasons';
import type { KmlRisk } from './kml-export';
import type { RiskLevel } from './kml-styles';

export async function businessRiskToday(tx: Sql, communeCode: string, now: Date): Promise<KmlRisk> {
  const on = vietnamToday(now);
  const seasons = await seasonsOfDay(tx, communeCode, on);
  const rows = await riskInputs(tx, communeCode, on);
  const { weights } = weightsInForce(await latestWeightSet(tx, communeCode));
  const scores = new Map<number, { score: number; level: RiskLevel }>();
  for (const f of scoreBusinesses(rows, seasons, weights)) {
    scores.set(f.properties.id, { score: f.properties.riskScore, level: f.properties.riskLevel });
  }
  return (id) => scores.get(id);
}
