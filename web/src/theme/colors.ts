import type { BusinessStatus, KeyAreaKind, RoadClass } from '../api/geo-types';

// The one place colours are chosen. MapLibre expressions (map/layers.ts) and the legend and
// popups (CSS swatches) both read from here, so the map and its legend cannot disagree.

// Business types (Okabe–Ito) and key areas (Paul Tol's "bright"): shared with the KML export.
export { businessTypeColors, keyAreaColors } from '@ntm/api/geo/map-colors';

/**
 * A business's status is carried by its stroke and fill opacity, never by hue, so it does not
 * fight the type colour: active is crisp with a dark ring, suspended and closed are greyed.
 */
export const businessStatusStyle: Record<
  BusinessStatus,
  { stroke: string; strokeWidth: number; fillOpacity: number }
> = {
  active: { stroke: '#1b1f24', strokeWidth: 1.5, fillOpacity: 1 },
  suspended: { stroke: '#8a8f98', strokeWidth: 2.5, fillOpacity: 0.55 },
  closed: { stroke: '#b8bcc4', strokeWidth: 2.5, fillOpacity: 0.3 },
};

/** Dash pattern per key-area kind (in line widths), so kinds differ by more than colour. */
export const keyAreaDashes: Record<KeyAreaKind, number[] | null> = {
  border: [4, 2],
  tourist: null,
  'traffic-route': [1, 1.5],
  'worker-housing': [3, 1, 1, 1],
  military: [6, 1.5],
};

export const roadColors: Record<RoadClass, { line: string; casing: string }> = {
  national: { line: '#E8743B', casing: '#9C4215' },
  provincial: { line: '#F6CF65', casing: '#A17A12' },
  village: { line: '#FFFFFF', casing: '#A3A8B0' },
};

/**
 * Light fills for villages by former commune (ColorBrewer Pastel1): the four communes merged on
 * 1 July 2025 each get one, so the old boundaries stay readable without drawing them.
 */
export const formerCommunePalette = [
  '#FBB4AE',
  '#B3CDE3',
  '#CCEBC5',
  '#DECBE4',
  '#FED9A6',
  '#E5D8BD',
] as const;
export const villageFallbackFill = '#E8E6DF';

export const mapColors = {
  background: '#F3F1EA',
  villageOutline: '#8C8F96',
  villageLabel: '#24272D',
  labelHalo: '#FFFFFF',
  communeOutline: '#2D2A4A',
  communeHalo: '#FFFFFF',
  cluster: '#2F3E5C',
  clusterStroke: '#FFFFFF',
  clusterText: '#FFFFFF',
  roadLabel: '#3B3F46',
  /** A village head's map: a light veil over the other villages, their own outlined in blue. */
  otherVillagesVeil: '#FFFFFF',
  ownVillage: '#0B63B6',
  ownVillageHalo: '#FFFFFF',
} as const;

/**
 * Proposals on the map: where a business is now (grey, hollow) and where a village head
 * proposes it (violet, a hue no business type uses), joined by a dashed line when it moves.
 */
export const proposalColors = { before: '#6b7280', after: '#7c3aed', halo: '#ffffff' };

/**
 * Tips by state: open ones warm and darkening as they advance, resolved ones cool or grey. The
 * ring says how the deadline stands: dark red past it, amber within three days.
 */
export const tipStatusColors = {
  received: '#f59e0b',
  verified: '#f97316',
  classified: '#dc2626',
  handled: '#16a34a',
  transferred: '#2563eb',
  unfounded: '#9ca3af',
} as const;
export const tipDueColors = { overdue: '#7f1d1d', 'due-soon': '#b45309', 'on-time': '#ffffff' };

/** Inspections by what they found: green clean, amber violation, red suspected, dark closed. */
export const inspectionResultColors = {
  'no-violation': '#15803d',
  violation: '#d97706',
  suspected: '#b91c1c',
  closed: '#111827',
} as const;

// Risk colours (scores, levels, hot spots) live in risk-colors.ts, one ramp for every view.

/**
 * One team's route on the field pages (route sheet, phone view): a dark line that stays dark
 * on a black-and-white printout, numbered stops in white, the next one to visit in amber, the
 * ones done greyed. The start is the police station, a dark square-ish dot.
 */
export const routeColors = {
  line: '#1e3a8a',
  casing: '#ffffff',
  stop: '#ffffff',
  stopRing: '#111827',
  stopText: '#111827',
  next: '#f59e0b',
  done: '#9ca3af',
  start: '#111827',
} as const;
