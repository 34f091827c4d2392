import type { SupportCountsRow } from '@ntm/db/queries/support';
import { supportServices } from '@ntm/db/schema/values';
import {
  exactShare,
  exactTable,
  type SafeShare,
  type SafeTable,
  suppressShare,
  suppressTable,
} from '@ntm/domain/support/suppress';

export type SupportService = (typeof supportServices)[number];
export type VillageKey = { id: number | null; name: string };

/** Indicator d's target: 80% of those in need and qualifying counselled and connected. */
export const supportTarget = 0.8;

/** What GET /api/support/summary answers; every number suppressed unless `suppressed` is false. */
export type SupportSummary = {
  year: number;
  /** The period counted: [from, until], until being today for the current year. */
  from: string;
  until: string;
  suppressed: boolean;
  /** Cases opened in the period, by village (a case without a village under id null). */
  byVillage: SafeTable<VillageKey>;
  /** Connections made in the period, by service (a case may count under several). */
  byService: SafeTable<SupportService>;
  /** Indicator d: of those in need and qualifying (eligible), counselled and connected (reached). */
  indicator: SafeShare & { target: number };
};

export const unknownVillageName = 'Chưa rõ thôn';

/**
 * Turns ntm_support_counts' rows into the tables that leave the wall. Every village of the
 * commune gets a cell (zero included), so which villages appear tells nothing; the counts
 * of one table are suppressed together, and the map uses the same cells (villageCells).
 */
export function buildSupportSummary(
  rows: readonly SupportCountsRow[],
  villages: readonly { id: number; name: string }[],
  period: { year: number; from: string; until: string },
  exact: boolean,
): SupportSummary {
  const byId = new Map(rows.map((r) => [r.villageId, r]));
  const villageCells: { key: VillageKey; count: number }[] = villages.map((v) => ({
    key: { id: v.id, name: v.name },
    count: byId.get(v.id)?.opened ?? 0,
  }));
  const unknown = byId.get(null)?.opened ?? 0;
  if (unknown > 0)
    villageCells.push({ key: { id: null, name: unknownVillageName }, count: unknown });
  const serviceCells = supportServices.map((service) => ({
    key: service,
    count: rows.reduce((sum, r) => sum + (r.connectedByService[service] ?? 0), 0),
  }));
  const eligible = rows.reduce((sum, r) => sum + r.eligible, 0);
  const reached = rows.reduce((sum, r) => sum + r.reached, 0);
  const table = exact ? exactTable : suppressTable;
  return {
    ...period,
    suppressed: !exact,
    byVillage: table(villageCells),
    byService: table(serviceCells),
    indicator: {
      ...(exact ? exactShare(reached, eligible) : suppressShare(reached, eligible)),
      target: supportTarget,
    },
  };
}
