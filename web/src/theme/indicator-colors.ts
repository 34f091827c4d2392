import type { IndicatorStatus } from '@ntm/domain/indicators/types';

// The plan dashboard's colours (indicator cards, their trend lines, the charts under them),
// beside the map's in colors.ts. Hues from Okabe & Ito's palette (colour-blind safe, see
// colors.ts); each status also has a word and an icon shape, so nothing rests on hue alone.

/**
 * A status: `ink` for the word and icon on the `tint` chip (contrast ≥ 4.5 : 1), `line` for the
 * card's edge and its trend line. Met is bluish green, on track sky blue, behind vermilion,
 * no data grey: they stay apart under protanopia, deuteranopia and in greyscale (lightness).
 */
export const indicatorStatusColors: Record<
  IndicatorStatus,
  { line: string; tint: string; ink: string }
> = {
  met: { line: '#009E73', tint: '#dcf3ea', ink: '#00573f' },
  'on-track': { line: '#0072B2', tint: '#dcecf7', ink: '#004a75' },
  behind: { line: '#D55E00', tint: '#fde6d6', ink: '#8a3600' },
  'no-data': { line: '#8a8f98', tint: '#eceef1', ink: '#3e4553' },
};

/** The charts under the cards. */
export const planChartColors = {
  scheduled: '#0072B2',
  surprise: '#E69F00',
  violations: '#D55E00',
  /** The seasons shaded behind the inspections (light, so bars stay readable over it). */
  season: '#CC79A7',
  seasonOpacity: 0.16,
  funnel: ['#9ecae1', '#56B4E9', '#0072B2', '#00466e'],
  handled: '#009E73',
  received: '#8a8f98',
  grid: '#e4e6ea',
  axis: '#3e4553',
} as const;
