import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';

/**
 * The part of the map a form covers, as map padding: a phone's bottom sheet (as wide as the
 * map) covers its bottom, a wide screen's card its right; what is left is where a pin belongs.
 */
export function coverOf(map: MapLibreMap, sheet: HTMLElement | null): PaddingOptions {
  const none = { top: 0, left: 0, right: 0, bottom: 0 };
  if (!sheet) return none;
  const area = map.getContainer().getBoundingClientRect();
  const card = sheet.getBoundingClientRect();
  if (card.width >= area.width * 0.8) {
    return { ...none, bottom: Math.max(0, Math.min(area.bottom - card.top, area.height * 0.8)) };
  }
  return { ...none, right: Math.max(0, Math.min(area.right - card.left, area.width * 0.8)) };
}
