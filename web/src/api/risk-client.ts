import type { Point } from 'geojson';
import { send } from './send';

export type RiskLevel = 'low' | 'medium' | 'high' | 'very-high';

/** One factor of a score: its points, why it counts, and what would lower it. */
export interface RiskFactor {
  factor: string;
  contribution: number;
  explanation: string;
  lower: string | null;
}

export interface BusinessRisk {
  type: 'Feature';
  id: number;
  geometry: Point;
  properties: {
    id: number;
    name: string;
    type: string;
    villageName: string;
    riskScore: number;
    riskLevel: RiskLevel;
    factors: RiskFactor[];
  };
}

export const riskClient = {
  businesses: (on: string) =>
    send<{ on: string; seasons: string[]; features: BusinessRisk[] }>(
      'GET',
      `/risk/businesses?on=${on}`,
    ),
};

export type RiskClient = typeof riskClient;
