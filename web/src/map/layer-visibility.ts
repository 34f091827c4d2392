import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  type BusinessCollection,
  type BusinessType,
  businessTypes,
  type KeyAreaKind,
  keyAreaKinds,
} from '../api/geo-types';
import { keyAreaLayerIdsOf, roadLayerIds, villageLayerIds } from './layers';

/** What the layer toggles show. Everything starts visible. */
export interface LayerVisibility {
  villages: boolean;
  roads: boolean;
  keyAreas: Record<KeyAreaKind, boolean>;
  businesses: Record<BusinessType, boolean>;
}

export function everyKey<K extends string>(keys: readonly K[], value: boolean): Record<K, boolean> {
  return Object.fromEntries(keys.map((key) => [key, value])) as Record<K, boolean>;
}

export const allVisible: LayerVisibility = {
  villages: true,
  roads: true,
  keyAreas: everyKey(keyAreaKinds, true),
  businesses: everyKey(businessTypes, true),
};

function show(map: MapLibreMap, layerIds: readonly string[], visible: boolean): void {
  for (const id of layerIds) {
    if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }
}

/** Shows and hides layers. Business types are not layers: see `visibleBusinesses`. */
export function applyLayerVisibility(map: MapLibreMap, visibility: LayerVisibility): void {
  show(map, villageLayerIds, visibility.villages);
  show(map, roadLayerIds, visibility.roads);
  for (const kind of keyAreaKinds) show(map, keyAreaLayerIdsOf(kind), visibility.keyAreas[kind]);
}

/**
 * Business types are filtered in the data rather than with a layer filter, so that clusters
 * count only what is shown.
 */
export function visibleBusinesses(
  collection: BusinessCollection,
  shownTypes: LayerVisibility['businesses'],
): BusinessCollection {
  if (businessTypes.every((type) => shownTypes[type])) return collection;
  const features = collection.features.filter((f) => shownTypes[f.properties.type]);
  // The shown ones as one whole page of their own.
  return {
    type: 'FeatureCollection',
    numberMatched: features.length,
    numberReturned: features.length,
    next: null,
    features,
  };
}
