// The one Vietnam clock (Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving), for the API, the
// scripts and the web alike. Pure; `now` defaults to the machine's clock.

/** Vietnam's offset from UTC in milliseconds. */
export const vietnamOffsetMs = 7 * 3_600_000;

/**
 * An instant shifted to Vietnam's wall clock: read its UTC fields (getUTCDate, toISOString …)
 * to get the local day and time.
 */
export const vietnamClock = (instant: Date | string | number) =>
  new Date(new Date(instant).getTime() + vietnamOffsetMs);

/** Today in Vietnam time, 'YYYY-MM-DD'. */
export const vietnamToday = (now: Date = new Date()) =>
  vietnamClock(now).toISOString().slice(0, 10);

/** This year in Vietnam time. */
export const vietnamYear = (now: Date = new Date()) => vietnamClock(now).getUTCFullYear();

/** `YYYY-MM-DDTHH:mm` of an instant in Vietnam time, as a datetime-local field shows it. */
export const vietnamMinute = (at: Date) => vietnamClock(at).toISOString().slice(0, 16);

/** The first instant (epoch milliseconds) of a Vietnam calendar day, 'YYYY-MM-DD'. */
export const vietnamDayStart = (day: string) => Date.parse(`${day}T00:00:00+07:00`);

/** The day `days` after (or before, when negative) a 'YYYY-MM-DD' day. */
export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The years the app knows: seasons, risk, the plan's records, indicators and reports. */
export const firstModelYear = 2020;
export const lastModelYear = 2035;
