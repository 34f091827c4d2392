// The colours of the map's layers and of the risk ramp, in one web-safe place (no runtime
// imports): the web's theme (web/src/theme/colors.ts, risk-colors.ts) re-exports them for
// MapLibre and the legends, and the KML export styles Google Earth with the same ones, so a
// file and the map never disagree.
import type { businessTypes, keyAreaKinds } from '@ntm/db/schema/values';

type BusinessType = (typeof businessTypes)[number];
type KeyAreaKind = (typeof keyAreaKinds)[number];

/**
 * Business types: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), which
 * stays distinguishable under protanopia, deuteranopia and tritanopia. Its yellow (#F0E442) is
 * left out: too faint on the light background.
 */
export const businessTypeColors: Record<BusinessType, string> = {
  lodging: '#0072B2',
  karaoke: '#CC79A7',
  massage: '#D55E00',
  'short-term-rental': '#009E73',
  'bar-cafe': '#E69F00',
  other: '#56B4E9',
};

/** Key areas: Paul Tol's "bright" scheme, with a darker line colour for contrast on fills. */
export const keyAreaColors: Record<KeyAreaKind, { fill: string; line: string }> = {
  border: { fill: '#EE6677', line: '#C0394B' },
  tourist: { fill: '#228833', line: '#16611F' },
  'traffic-route': { fill: '#CCBB44', line: '#8A7A12' },
  'worker-housing': { fill: '#AA3377', line: '#7A1F55' },
  military: { fill: '#4477AA', line: '#2B5480' },
};

/**
 * Risk levels take the risk ramp's colour (Inferno, web/src/theme/risk-colors.ts) in the middle
 * of their band, so rings, fills and exported icons match.
 */
export const riskLevelColors = {
  low: '#f7d13d',
  medium: '#f37819',
  high: '#bc3754',
  'very-high': '#6a176e',
} as const;
