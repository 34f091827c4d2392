// Calendar dates ('YYYY-MM-DD') as whole days, in UTC so no time zone can move them.

const dayMs = 86_400_000;

const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return toIso(toUtc(iso) + days * dayMs);
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / dayMs);
}

export const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** 0 for 1 January. */
export function dayOfYear(iso: string): number {
  return daysBetween(`${iso.slice(0, 4)}-01-01`, iso);
}

/** 365 or 366. */
export function daysInYear(year: number): number {
  return daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
}

export function dateOfDay(year: number, day: number): string {
  return addDays(`${year}-01-01`, day);
}
