import type { Sql } from '@ntm/db/client';
import { localEventsOf } from '@ntm/db/queries/local-events';
import { seasonsOn } from './seasons';

/** A commune's own event (a festival, a fair) raises activity like a smaller national holiday. */
export const localEventIntensity = 1.5;

export type DaySeason = { name: string; intensity: number };

/** The national seasons a day falls in, then the commune's events that cover it. */
export async function seasonsOfDay(
  sql: Sql,
  communeCode: string,
  day: string,
): Promise<DaySeason[]> {
  const events = await localEventsOf(sql, communeCode, Number(day.slice(0, 4)));
  return [
    ...seasonsOn(day),
    ...events
      .filter((e) => e.from <= day && day <= e.to)
      .map((e) => ({ name: e.name, intensity: localEventIntensity })),
  ];
}
