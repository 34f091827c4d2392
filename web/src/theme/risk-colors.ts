import { riskLevelColors } from '@ntm/api/geo/map-colors';
import type { ExpressionSpecification } from 'maplibre-gl';

// The one colour ramp of the risk views (STYLE.md §12): MapLibre expressions (heat map, cell and
// village choropleths, rings), the legend and the Recharts factor bars all read from here.

/** Score thresholds of the levels (0–100; the API's, api/src/risk): low < 25 ≤ medium < 45 … */
export const riskThresholds = { medium: 25, high: 45, 'very-high': 65 } as const;

/**
 * Scores 0 → 100 on a sequential ramp sampled from Inferno (Smith & van der Walt, matplotlib),
 * pale yellow to deep purple: its lightness falls steadily, so it reads the same under
 * protanopia, deuteranopia and tritanopia and in greyscale, and "darker" always means "higher".
 */
export const riskScoreRamp: readonly (readonly [score: number, color: string])[] = [
  [0, '#fcffa4'],
  [15, '#f7d13d'],
  [25, '#fca50a'],
  [35, '#f37819'],
  [45, '#dd513a'],
  [55, '#bc3754'],
  [65, '#932667'],
  [80, '#6a176e'],
  [100, '#420a68'],
];

/** Each level takes the ramp's colour in the middle of its band (shared with the KML export). */
export { riskLevelColors };

export type RiskLevelKey = keyof typeof riskLevelColors;

/**
 * The season's ring on the heat map: teal, a hue the Inferno ramp never takes (it runs yellow,
 * orange, red, purple), dark enough to read on the palest and the darkest score alike.
 */
export const riskSeasonColor = '#0f766e';

/** A village without open businesses has no score: a neutral grey, off the ramp. */
export const noBusinessesColor = '#d4d6da';

/** A MapLibre `interpolate` over the ramp for a numeric expression holding a score 0–100. */
export function scoreColor(score: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], score, ...riskScoreRamp.flat()] as ExpressionSpecification;
}

/** The ramp as a CSS gradient, for the legend bar. */
export const riskRampGradient = `linear-gradient(to right, ${riskScoreRamp
  .map(([score, color]) => `${color} ${score}%`)
  .join(', ')})`;

/**
 * Getis-Ord Gi* classes: ColorBrewer RdBu (7 classes, marked colour-blind safe), orange-red for
 * hot and blue for cold, lightness rising as confidence falls; "not significant" is a pale grey.
 */
export const hotSpotColors = {
  'hot-99': '#b2182b',
  'hot-95': '#ef8a62',
  'hot-90': '#fddbc7',
  'not-significant': '#f0f0f0',
  'cold-90': '#d1e5f0',
  'cold-95': '#67a9cf',
  'cold-99': '#2166ac',
} as const;

export type HotSpotClass = keyof typeof hotSpotColors;
export const hotSpotClasses = Object.keys(hotSpotColors) as HotSpotClass[];
