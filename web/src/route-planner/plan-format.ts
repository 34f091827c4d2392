import { nearestMinute } from '../i18n/format';
import { locale } from '../i18n/i18n';

// Plan times are seconds from the plan day's midnight, Vietnam time; a night shift runs past
// 86,400 (01:00 the next morning is 90,000), shown as the clock reads it.

const pad = (n: number) => String(n).padStart(2, '0');

/** Plan seconds → "HH:MM" (to the nearest minute, wrapping past midnight). */
export function planClock(seconds: number): string {
  const minutes = nearestMinute(seconds);
  const inDay = ((minutes % 1440) + 1440) % 1440;
  return `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
}

const km = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Metres → "12,3 km" (vi-VN decimal comma). */
export function formatKm(meters: number): string {
  return `${km.format(meters / 1000)} km`;
}

/** Seconds → "3 giờ 05 phút" or "45 phút", to the nearest minute. */
export function formatHoursMinutes(seconds: number): string {
  const minutes = nearestMinute(seconds);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} giờ ${pad(m)} phút` : `${m} phút`;
}
