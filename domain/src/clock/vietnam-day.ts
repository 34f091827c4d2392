/**
 * An instant shifted to Vietnam's wall clock (UTC+7 all year, no daylight saving): read its UTC
 * fields (getUTCDate, toISOString …) to get the local day and time.
 */
export const vietnamClock = (instant: Date | string) =>
  new Date(new Date(instant).getTime() + 7 * 3_600_000);

/** Today in Vietnam time, 'YYYY-MM-DD'. */
export const vietnamToday = (now: Date) => vietnamClock(now).toISOString().slice(0, 10);

/** The day `days` after (or before, when negative) a 'YYYY-MM-DD' day. */
export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The years the app knows: seasons, risk, the plan's records, indicators and reports. */
export const firstModelYear = 2020;
export const lastModelYear = 2035;
