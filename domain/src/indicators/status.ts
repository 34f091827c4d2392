// How an indicator's value becomes its status colour (contract: types.ts). Pure.
import type { IndicatorStatus } from './types';

/**
 * A target for the whole year (b, c, e): met at or above it; on-track while the value is where
 * the year so far should be, the target prorated by the share of the year gone (`fraction`,
 * 0–1; for a count, rounded down: one activity a year is on track until the last day); behind
 * otherwise. No value: no-data.
 */
export function proratedStatus(
  value: number | null,
  target: number,
  fraction: number,
  kind: 'share' | 'count',
): IndicatorStatus {
  if (value === null) return 'no-data';
  if (value >= target) return 'met';
  const expected = kind === 'count' ? Math.floor(target * fraction) : target * fraction;
  return value >= expected ? 'on-track' : 'behind';
}

/** A target that holds at every moment (a, d, g): met or behind; no value, no-data. */
export function plainStatus(value: number | null, target: number): IndicatorStatus {
  if (value === null) return 'no-data';
  return value >= target ? 'met' : 'behind';
}

/**
 * Indicator đ: all tips resolved is met; open ones all within their stage deadline is on-track
 * (they are being worked on in time); any open one overdue is behind. No tip received: no-data.
 */
export function tipStatus(received: number, resolved: number, overdue: number): IndicatorStatus {
  if (received === 0) return 'no-data';
  if (resolved >= received) return 'met';
  return overdue > 0 ? 'behind' : 'on-track';
}

/** A share, or null when there is nothing to divide by. */
export const shareOf = (part: number, whole: number) => (whole === 0 ? null : part / whole);
