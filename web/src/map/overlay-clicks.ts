import type { MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';

// What the map's click handler (interactions.tsx) asks before opening a popup. Kept apart from
// it, and free of MapLibre's code, so the map's features can register here without loading
// MapLibre: their data starts loading while MapLibre still downloads.

/**
 * Set while an editor takes the map's clicks (placing a business): the popups step aside.
 * A data attribute on the container, so the editor and the handlers share no module state.
 */
export const placingAttribute = 'data-placing';

export const isPlacing = (map: MapLibreMap) => map.getContainer().hasAttribute(placingAttribute);

/** Points or areas of an overlay (tips, risk cells, …) that answer a click themselves, before the base layers. */
export type OverlayClick = {
  layers: readonly string[];
  onClick: (feature: MapGeoJSONFeature) => void;
};
const overlays = new WeakMap<MapLibreMap, OverlayClick[]>();

/** Lets an overlay's points take the clicks on them; returns the way to stop. */
export function addOverlayClick(map: MapLibreMap, overlay: OverlayClick): () => void {
  overlays.set(map, [...(overlays.get(map) ?? []), overlay]);
  return () =>
    overlays.set(
      map,
      (overlays.get(map) ?? []).filter((o) => o !== overlay),
    );
}

/** The overlays registered on a map, first registered first asked. */
export function overlayClicks(map: MapLibreMap): readonly OverlayClick[] {
  return overlays.get(map) ?? [];
}
