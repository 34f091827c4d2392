import { useMemo } from 'react';
import type { RiskClient } from '../../api/risk-client';
import { seasonPeak } from '../season-peak';
import { useFetched } from '../use-fetched';
import { compareStats } from './compare-stats';

/** One side of the comparison: the season's peak day in a year, its risk and its numbers. */
export function useCompareSide(client: RiskClient, year: number, seasonCode: string) {
  const seasons = useFetched(`seasons:${year}`, () => client.seasons(year));
  const season =
    seasons.dataKey === `seasons:${year}`
      ? (seasons.data?.find((s) => s.code === seasonCode) ?? null)
      : null;
  const peak = season ? seasonPeak(season) : null;
  const businesses = useFetched(peak && `businesses:${peak}`, () =>
    client.businesses(peak as string),
  );
  const grid = useFetched(peak && `grid:${peak}`, () => client.grid(peak as string));
  // A failed grid still leaves the businesses' map and numbers (its own count shows "–").
  const gridDone = grid.dataKey === `grid:${peak}` || (grid.failed && !grid.loading);
  const ready = peak !== null && businesses.dataKey === `businesses:${peak}` && gridDone;
  const shownGrid = grid.dataKey === `grid:${peak}` ? grid.data : null;
  const stats = useMemo(
    () => (ready && businesses.data ? compareStats(businesses.data.features, shownGrid) : null),
    [ready, businesses.data, shownGrid],
  );
  return {
    seasons: seasons.data ?? [],
    season,
    peak,
    businesses: ready ? businesses.data : null,
    grid: ready ? shownGrid : null,
    stats,
    /** No such season that year (a local event of another year). */
    missing: seasons.data !== null && season === null && !seasons.loading,
    loading: seasons.loading || businesses.loading || grid.loading,
    failed: seasons.failed || businesses.failed || grid.failed,
  };
}
