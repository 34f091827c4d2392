// The Vietnamese lunisolar calendar (âm lịch), computed, never tabulated: new moons and solar
// terms from the astronomical series in Hồ Ngọc Đức's well-known algorithm ("Thuật toán tính
// âm lịch", after Jean Meeus, Astronomical Algorithms), evaluated at UTC+7. The time zone
// matters: Tết 1985 fell on 1985-01-21 in Vietnam (UTC+7) but on 1985-02-20 in China (UTC+8).
//
// Rules: a month starts on the day (UTC+7) of a new moon; month 11 contains the winter solstice;
// a year with 13 months between two months 11 makes the first month without a major solar
// term (trung khí) the leap month, numbered like the month before it.
//
// Valid for roughly 1800–2199, where the truncated series stay within a few minutes.

import { formatIsoDate, parseIsoDate } from './iso-date';

export type LunarDate = { day: number; month: number; year: number; leap: boolean };

const vietnamUtcOffsetHours = 7;
const synodicMonthDays = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (k = 0 in the series below). */
const newMoonEpochJd = 2415021.076998695;
const degToRad = Math.PI / 180;

/** Julian day number of a Gregorian calendar date. */
function julianDayOf(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** Gregorian 'YYYY-MM-DD' of a Julian day number. */
function isoDateOfJulianDay(jd: number): string {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return formatIsoDate(year, month, day);
}

/** Julian date (UT, fractional) of the k-th new moon after 1900-01-01. */
function newMoonJd(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900-01-00.5
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * degToRad);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * degToRad;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * degToRad;
  const moonLatitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * degToRad;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * moonLatitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * moonLatitude + sunAnomaly) -
    0.0004 * Math.sin(2 * moonLatitude - sunAnomaly) -
    0.0006 * Math.sin(2 * moonLatitude + moonAnomaly) +
    0.001 * Math.sin(2 * moonLatitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** The Sun's apparent longitude in radians, 0 ≤ λ < 2π, at Julian date `jd` (UT). */
function sunLongitudeRad(jd: number): number {
  const t = (jd - 2451545.0) / 36525; // Julian centuries since J2000.0
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * degToRad;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const equationOfCentre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  const longitude = (meanLongitude + equationOfCentre) * degToRad;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Julian day number (local, UTC+7) of the day the k-th new moon falls on. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + vietnamUtcOffsetHours / 24);
}

/** Which 30° sector (0–11) the Sun is in at local midnight starting Julian day `jd`. */
function sunSectorAt(jd: number): number {
  return Math.floor((sunLongitudeRad(jd - 0.5 - vietnamUtcOffsetHours / 24) / Math.PI) * 6);
}

/** First day of lunar month 11 (the month holding the winter solstice) of Gregorian `year`. */
function lunarMonth11Start(year: number): number {
  const k = Math.floor((julianDayOf(31, 12, year) - 2415021) / synodicMonthDays);
  const start = newMoonDay(k);
  // Sun past 270° at the start: the solstice is before this new moon, so month 11 began earlier.
  return sunSectorAt(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** Months after month 11 (starting `month11Start`) until the leap month, in a 13-month year. */
function leapMonthOffset(month11Start: number): number {
  const k = Math.floor((month11Start - newMoonEpochJd) / synodicMonthDays + 0.5);
  let i = 1;
  let sector = sunSectorAt(newMoonDay(k + i));
  let previous: number;
  do {
    previous = sector;
    i += 1;
    sector = sunSectorAt(newMoonDay(k + i));
  } while (sector !== previous && i < 14);
  return i - 1;
}

/** The lunar date of a Gregorian 'YYYY-MM-DD' date, in Vietnam. */
export function solarToLunar(dateIso: string): LunarDate {
  const { year, month, day } = parseIsoDate(dateIso);
  const dayNumber = julianDayOf(day, month, year);
  const k = Math.floor((dayNumber - newMoonEpochJd) / synodicMonthDays);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);

  let a11 = lunarMonth11Start(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11Start(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11Start(year + 1);
  }
  const monthsSince11 = Math.floor((monthStart - a11) / 29);
  let lunarMonth = monthsSince11 + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (monthsSince11 >= leapOffset) {
      lunarMonth = monthsSince11 + 10;
      leap = monthsSince11 === leapOffset;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && monthsSince11 < 4) lunarYear -= 1;
  return { day: dayNumber - monthStart + 1, month: lunarMonth, year: lunarYear, leap };
}

/** Leap month number (1–12) between two month-11 starts, or null for a 12-month span. */
function leapMonthBetween(month11Start: number, nextMonth11Start: number): number | null {
  if (nextMonth11Start - month11Start <= 365) return null;
  // Offset 1 is the month after month 11, i.e. a leap month 11; offset 2 a leap month 12.
  return ((leapMonthOffset(month11Start) + 9) % 12) + 1;
}

/** The leap month (1–12) of a lunar year, or null when the year has twelve months. */
export function leapMonthOf(lunarYear: number): number | null {
  // Months 1–10 of a lunar year lie between the month-11 starts of the previous and this
  // Gregorian year; months 11–12 between this year's and the next one's.
  const early = leapMonthBetween(lunarMonth11Start(lunarYear - 1), lunarMonth11Start(lunarYear));
  if (early !== null && early <= 10) return early;
  const late = leapMonthBetween(lunarMonth11Start(lunarYear), lunarMonth11Start(lunarYear + 1));
  return late !== null && late >= 11 ? late : null;
}

/**
 * The Gregorian 'YYYY-MM-DD' of a lunar date in Vietnam. Throws a RangeError when `leap` is set
 * for a month that is not the year's leap month, or when the day does not exist in the month:
 * both are caller errors.
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): string {
  if (
    !Number.isInteger(day) ||
    day < 1 ||
    day > 30 ||
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12
  ) {
    throw new RangeError(`no such lunar date: ${day}/${month}/${year}`);
  }
  const a11 = month < 11 ? lunarMonth11Start(year - 1) : lunarMonth11Start(year);
  const b11 = month < 11 ? lunarMonth11Start(year) : lunarMonth11Start(year + 1);
  let offset = (month - 11 + 12) % 12;
  const leapMonth = leapMonthBetween(a11, b11);
  if (leap && month !== leapMonth) {
    throw new RangeError(`lunar year ${year} has no leap month ${month}`);
  }
  if (leapMonth !== null) {
    const leapOffset = leapMonthOffset(a11);
    if (leap || offset >= leapOffset) offset += 1;
  }
  const k = Math.floor(0.5 + (a11 - newMoonEpochJd) / synodicMonthDays);
  const monthStart = newMoonDay(k + offset);
  if (day === 30 && newMoonDay(k + offset + 1) - monthStart < 30) {
    throw new RangeError(`lunar month ${month}/${year} has only 29 days`);
  }
  return isoDateOfJulianDay(monthStart + day - 1);
}

/** Tết Nguyên Đán: the first day of the first lunar month of `year`. */
export function tetDate(year: number): string {
  return lunarToSolar(1, 1, year);
}
