import type { Backtest } from '@ntm/domain/risk/run-backtest';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { HotSpotClass } from '../theme/risk-colors';
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
    /** The id of the village that contains it; null when outside every village. */
    village: number | null;
    villageName: string;
    riskScore: number;
    riskLevel: RiskLevel;
    factors: RiskFactor[];
  };
}

export interface BusinessRiskAnswer {
  on: string;
  seasons: string[];
  features: BusinessRisk[];
}

/** A hexagonal cell of the risk surface ('q:r'), scored from the businesses in and near it. */
export interface RiskCellProperties {
  cell: string;
  riskScore: number;
  riskLevel: RiskLevel;
  businesses: number;
  top: { id: number; name: string; villageName: string; riskScore: number } | null;
  factors: RiskFactor[];
}

export type RiskGrid = FeatureCollection<Polygon, RiskCellProperties> & {
  on: string;
  cellMeters: number;
  seasons: string[];
};

export type HotSpotLayer = 'tips' | 'violations';

export interface HotSpotProperties {
  cell: string;
  count: number;
  z: number;
  p: number;
  class: HotSpotClass;
}

export type HotSpots = FeatureCollection<Polygon, HotSpotProperties> & {
  layer: HotSpotLayer;
  from: string;
  to: string;
  cellMeters: number;
  neighbourMeters: number;
  fdr: boolean | number;
  cells: number;
  events: number;
};

/**
 * GET /api/risk/model: the backtest of the weights in use, trained before `before` and scored on
 * the season after it (the API's own type: api/src/risk/run-backtest.ts).
 */
export type RiskModelCard = Backtest;

export interface Season {
  code: string;
  name: string;
  from: string;
  to: string;
  intensity?: number;
  /** The day the season peaks, when the API says so (else see risk/season-peak.ts). */
  peak?: string;
  kind: 'national' | 'local';
}

export const gridCellMeters = 250;

export const riskClient = {
  businesses: (on: string) => send<BusinessRiskAnswer>('GET', `/risk/businesses?on=${on}`),
  grid: (on: string, cellMeters = gridCellMeters) =>
    send<RiskGrid>('GET', `/risk/grid?on=${on}&cellMeters=${cellMeters}`),
  hotSpots: (layer: HotSpotLayer, from: string, to: string, cellMeters = gridCellMeters) =>
    send<HotSpots>(
      'GET',
      `/hotspots?layer=${layer}&from=${from}&to=${to}&cellMeters=${cellMeters}`,
    ),
  model: (before?: string) =>
    send<RiskModelCard>('GET', before ? `/risk/model?before=${before}` : '/risk/model'),
  seasons: async (year: number): Promise<Season[]> => {
    const answer = await send<{
      seasons: Season[];
      events: (Omit<Season, 'code'> & { id: number })[];
    }>('GET', `/seasons?year=${year}`);
    const events = answer.events.map(({ id, ...e }) => ({ ...e, code: `event-${id}` }));
    return [...answer.seasons, ...events].sort((a, b) => a.from.localeCompare(b.from));
  },
};

export type RiskClient = typeof riskClient;
