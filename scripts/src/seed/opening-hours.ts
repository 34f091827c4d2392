// Opening hours by business type, as the `businesses.opening_hours` column holds them.

import type { OpeningHours } from '@ntm/db/schema/businesses';
import type { Random } from '@ntm/solver/random';
import type { BusinessType } from './business-catalogue';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type Interval = [open: string, close: string];

function week(daily: (day: (typeof weekdays)[number]) => Interval[]): OpeningHours {
  return Object.fromEntries(weekdays.map((day) => [day, daily(day)])) as OpeningHours;
}

/**
 * Hours that fit the type: karaoke from the afternoon to late night (past midnight when the
 * close is earlier than the open), massage 09:00–22:00, lodging and rentals round the clock,
 * cafés from early morning, with an occasional closed day.
 */
export function openingHoursOf(random: Random, type: BusinessType): OpeningHours {
  const closedDay = random.chance(type === 'lodging' || type === 'short-term-rental' ? 0 : 0.15)
    ? random.pick(weekdays.slice(0, 5))
    : null;
  const closedOn = (day: string, interval: Interval[]) => (day === closedDay ? [] : interval);
  switch (type) {
    case 'lodging':
    case 'short-term-rental':
      return week(() => [['00:00', '24:00']]);
    case 'karaoke': {
      const open = random.pick(['13:00', '14:00', '15:00']);
      const close = random.pick(['23:00', '23:30', '00:00']);
      const lateClose = random.pick(['00:30', '01:00']);
      return week((day) =>
        closedOn(day, [[open, day === 'fri' || day === 'sat' ? lateClose : close]]),
      );
    }
    case 'massage': {
      const open = random.pick(['09:00', '09:00', '08:30', '10:00']);
      const close = random.pick(['22:00', '22:00', '21:30', '22:30']);
      return week((day) => closedOn(day, [[open, close]]));
    }
    case 'bar-cafe': {
      const open = random.pick(['06:00', '06:30', '07:00']);
      const close = random.pick(['22:00', '22:30', '23:00']);
      const split = random.chance(0.2);
      return week((day) =>
        closedOn(
          day,
          split
            ? [
                [open, '10:30'],
                ['15:00', close],
              ]
            : [[open, close]],
        ),
      );
    }
    case 'other': {
      const open = random.pick(['08:00', '09:00', '10:00']);
      const close = random.pick(['21:00', '22:00']);
      return week((day) =>
        day === 'sun' && random.chance(0.3) ? [] : closedOn(day, [[open, close]]),
      );
    }
  }
}
