// Times as minutes on Vietnam's wall clock (UTC+7, no daylight saving), written out as
// ISO 8601 with the offset, which PostgreSQL reads into timestamptz unambiguously.

import { dateOfEpochDay, epochDayOf } from '@ntm/domain/seasons/iso-date';

const minutesPerDay = 1440;

/** Minutes since 1970-01-01 00:00 on Vietnam's wall clock. */
export function wallMinutesOf(dateIso: string, minuteOfDay = 0): number {
  return epochDayOf(dateIso) * minutesPerDay + minuteOfDay;
}

export function dateOfWallMinutes(minutes: number): string {
  return dateOfEpochDay(Math.floor(minutes / minutesPerDay));
}

/** 'YYYY-MM-DDTHH:MM:00+07:00'. */
export function formatWallMinutes(minutes: number): string {
  const whole = Math.floor(minutes);
  const minuteOfDay = ((whole % minutesPerDay) + minutesPerDay) % minutesPerDay;
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${dateOfWallMinutes(whole)}T${hh}:${mm}:00+07:00`;
}
