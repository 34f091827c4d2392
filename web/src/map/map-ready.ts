import type { Map as MapLibreMap } from 'maplibre-gl';

// Hooks for the end-to-end tests (tests/e2e): they wait for `window.__mapReady` and then call
// `window.__map.queryRenderedFeatures({ layers: [...] })` with the ids exported by layers.ts.

declare global {
  interface Window {
    /** The page's MapLibre map, from construction until it is removed. */
    __map?: MapLibreMap;
    /** True once every dataset is drawn and the map is idle; false while (re)loading. */
    __mapReady?: boolean;
  }
}

export function publishMap(map: MapLibreMap): void {
  window.__map = map;
  window.__mapReady = false;
  document.documentElement.dataset.mapReady = 'false';
}

export function markMapReady(map: MapLibreMap): void {
  if (window.__map !== map) return;
  window.__mapReady = true;
  document.documentElement.dataset.mapReady = 'true';
}

export function unpublishMap(map: MapLibreMap): void {
  if (window.__map !== map) return;
  window.__map = undefined;
  window.__mapReady = false;
  document.documentElement.dataset.mapReady = 'false';
}
