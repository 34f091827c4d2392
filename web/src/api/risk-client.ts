import { answer, api, type Body } from './api';

// The risk scores, the risk surface, hot spots, the model card and the year's seasons.

export const gridCellMeters = 250;

export type BusinessRiskAnswer = Body<typeof api.risk.businesses.$get>;
export type BusinessRisk = BusinessRiskAnswer['features'][number];
export type RiskLevel = BusinessRisk['properties']['riskLevel'];
/** One factor of a score: its points, why it counts, and what would lower it. */
export type RiskFactor = BusinessRisk['properties']['factors'][number];
/** A hexagonal cell of the risk surface ('q:r'), scored from the businesses in and near it. */
export type RiskGrid = Body<typeof api.risk.grid.$get>;
export type RiskCellProperties = RiskGrid['features'][number]['properties'];
export type HotSpots = Body<typeof api.hotspots.$get>;
export type HotSpotLayer = HotSpots['layer'];
export type HotSpotProperties = HotSpots['features'][number]['properties'];
/**
 * GET /api/risk/model: the backtest of the weights in use, trained before `before` and scored on
 * the season after it.
 */
export type RiskModelCard = Body<typeof api.risk.model.$get>;

type YearSeasons = Body<typeof api.seasons.$get>;
type NationalSeason = YearSeasons['seasons'][number];
type LocalEvent = YearSeasons['events'][number];
/** A national season or a local event of the year (`event-<id>`), in one list by start day. */
export type Season = Omit<NationalSeason, 'code' | 'intensity' | 'kind'> & {
  code: string;
  intensity?: number;
  kind: NationalSeason['kind'] | LocalEvent['kind'];
};

export const riskClient = {
  businesses: (on: string) => answer(api.risk.businesses.$get({ query: { on } })),
  grid: (on: string, cellMeters = gridCellMeters) =>
    answer(api.risk.grid.$get({ query: { on, cellMeters: String(cellMeters) } })),
  hotSpots: (layer: HotSpotLayer, from: string, to: string, cellMeters = gridCellMeters) =>
    answer(api.hotspots.$get({ query: { layer, from, to, cellMeters: String(cellMeters) } })),
  model: (before?: string) => answer(api.risk.model.$get({ query: { before } })),
  seasons: async (year: number): Promise<Season[]> => {
    const { seasons, events } = await answer(api.seasons.$get({ query: { year: String(year) } }));
    const local = events.map(({ id, ...e }) => ({ ...e, code: `event-${id}` }));
    return [...seasons, ...local].sort((a, b) => a.from.localeCompare(b.from));
  },
};

export type RiskClient = typeof riskClient;
