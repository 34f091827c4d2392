// Calendar dates as 'YYYY-MM-DD' strings and day counts, without time zones: a date here is a
// day on the wall calendar in Vietnam, never an instant.

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

export type CalendarDate = { year: number; month: number; day: number };

/** 'YYYY-MM-DD' → its parts; throws on anything else (a programmer error, not user input). */
export function parseIsoDate(dateIso: string): CalendarDate {
  const match = isoDatePattern.exec(dateIso);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(dateIso)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (formatIsoDate(year, month, day) !== dateIso) {
    throw new RangeError(`no such calendar date: ${dateIso}`);
  }
  return { year, month, day };
}

export function formatIsoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  return date.toISOString().slice(0, 10);
}

/** Days since 1970-01-01 (negative before). */
export function epochDayOf(dateIso: string): number {
  const { year, month, day } = parseIsoDate(dateIso);
  return Math.round(Date.UTC(year, month - 1, day) / msPerDay);
}

export function dateOfEpochDay(epochDay: number): string {
  return new Date(epochDay * msPerDay).toISOString().slice(0, 10);
}

export function addDays(dateIso: string, days: number): string {
  return dateOfEpochDay(epochDayOf(dateIso) + days);
}

/** 1 = Monday … 7 = Sunday, as ISO 8601 counts. */
export function isoWeekdayOf(dateIso: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDayOf(dateIso) + 3) % 7) + 7) % 7) + 1;
}
