import type { Season } from '../api/risk-client';
import { addDays, daysBetween } from './calendar-days';

/**
 * The day a season peaks: the holiday itself for the national seasons (Tết is the middle of its ±14-day window; Giỗ Tổ is 3 days into its
 * window; 30/4; 2/9; the last day of the year end), else the middle of the window.
 */
export function seasonPeak(season: Pick<Season, 'code' | 'from' | 'to'>): string {
  const year = season.from.slice(0, 4);
  switch (season.code) {
    case 'hung-kings':
      return addDays(season.from, 3);
    case 'reunification-day':
      return `${year}-04-30`;
    case 'national-day':
      return `${year}-09-02`;
    case 'year-end':
      return season.to;
    default:
      return addDays(season.from, Math.floor(daysBetween(season.from, season.to) / 2));
  }
}

/** The seasons a day falls in (several may overlap, e.g. summer and National Day). */
export function seasonsOnDay<S extends Pick<Season, 'from' | 'to'>>(
  seasons: readonly S[],
  day: string,
): S[] {
  return seasons.filter((s) => s.from <= day && day <= s.to);
}
