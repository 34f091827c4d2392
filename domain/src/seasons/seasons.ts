// The seasons in which the plan steps up inspections (DOMAIN.md, "Seasons that matter"), with
// their dates for a given year. Lunar holidays come from the computed calendar.

import { addDays, formatIsoDate, parseIsoDate } from './iso-date';
import { lunarToSolar, tetDate } from './lunar-calendar';

export type SeasonCode =
  | 'tet'
  | 'hung-kings'
  | 'reunification-day'
  | 'summer'
  | 'national-day'
  | 'year-end';

export type Season = {
  code: SeasonCode;
  /** Vietnamese, for the UI. */
  name: string;
  /** First day, 'YYYY-MM-DD', inclusive. */
  from: string;
  /** Last day, 'YYYY-MM-DD', inclusive. */
  to: string;
  /** How much activity rises over an ordinary day (1 = ordinary); the demo generator's multiplier. */
  intensity: number;
};

const tetHalfWindowDays = 14;

/** The seasons of a Gregorian year, in calendar order of their start. */
export function seasonsOf(year: number): Season[] {
  const tet = tetDate(year);
  const hungKings = lunarToSolar(10, 3, year);
  const on = (month: number, day: number) => formatIsoDate(year, month, day);
  const seasons: Season[] = [
    {
      code: 'tet',
      name: 'Tết Nguyên Đán',
      from: addDays(tet, -tetHalfWindowDays),
      to: addDays(tet, tetHalfWindowDays),
      intensity: 3.0,
    },
    {
      code: 'hung-kings',
      name: 'Giỗ Tổ Hùng Vương',
      from: addDays(hungKings, -3),
      to: addDays(hungKings, 2),
      intensity: 1.4,
    },
    {
      code: 'reunification-day',
      name: 'Lễ 30/4 – 1/5',
      from: on(4, 27),
      to: on(5, 4),
      intensity: 1.6,
    },
    { code: 'summer', name: 'Mùa du lịch hè', from: on(6, 1), to: on(8, 31), intensity: 1.3 },
    { code: 'national-day', name: 'Quốc khánh 2/9', from: on(8, 30), to: on(9, 4), intensity: 1.5 },
    { code: 'year-end', name: 'Cuối năm', from: on(12, 15), to: on(12, 31), intensity: 1.5 },
  ];
  return seasons.sort((a, b) => a.from.localeCompare(b.from));
}

const seasonsByYear = new Map<number, Season[]>();

function cachedSeasonsOf(year: number): Season[] {
  let seasons = seasonsByYear.get(year);
  if (!seasons) {
    seasons = seasonsOf(year);
    seasonsByYear.set(year, seasons);
  }
  return seasons;
}

/** The seasons a day falls in (several may overlap, e.g. summer and National Day). */
export function seasonsOn(dateIso: string): Season[] {
  const { year } = parseIsoDate(dateIso);
  // Every window lies inside its own Gregorian year (Tết ± 14 days spans 7 Jan – 6 Mar at most).
  return cachedSeasonsOf(year).filter((season) => season.from <= dateIso && dateIso <= season.to);
}

/** Activity multiplier of a day: the strongest season it falls in, 1 outside every season. */
export function seasonFactor(dateIso: string): number {
  return seasonsOn(dateIso).reduce((factor, season) => Math.max(factor, season.intensity), 1);
}
