// Plan times are seconds from midnight at the start of the plan's day, Vietnam time (UTC+7, no
// daylight saving): 79,200 is 22:00 that day, 90,000 is 01:00 the next morning. The solver
// works in these; answers show ISO instants with +07:00.
import { addDays, vietnamDayStart } from '@ntm/domain/clock/vietnam-day';

export const daySeconds = 86_400;

/** 'HH:MM' → seconds of the day ('24:00' is 86,400). */
export function clockSeconds(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 3600 + m * 60;
}

/**
 * A shift as plan seconds, or null when it ends before (or as) it starts and is not marked
 * overnight. An overnight shift's end is on the next day.
 */
export function shiftSeconds(
  shift: { from: string; to: string },
  overnight: boolean,
): [number, number] | null {
  const from = clockSeconds(shift.from);
  const to = clockSeconds(shift.to);
  if (to > from) return [from, to];
  return overnight ? [from, to + daySeconds] : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Plan seconds → 'YYYY-MM-DDTHH:MM:SS+07:00' (to the nearest second). */
export function planInstant(date: string, seconds: number): string {
  const whole = Math.round(seconds);
  const days = Math.floor(whole / daySeconds);
  const inDay = whole - days * daySeconds;
  const h = Math.floor(inDay / 3600);
  const m = Math.floor((inDay % 3600) / 60);
  const s = inDay % 60;
  return `${addDays(date, days)}T${pad(h)}:${pad(m)}:${pad(s)}+07:00`;
}

/** An instant → plan seconds relative to `date`'s Vietnam midnight. */
export function planSecondsOf(date: string, instant: Date): number {
  return (instant.getTime() - vietnamDayStart(date)) / 1000;
}

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** 'mon'…'sun' of a 'YYYY-MM-DD' day, as opening hours are keyed. */
export const weekdayOf = (date: string) =>
  weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()] as (typeof weekdays)[number];
