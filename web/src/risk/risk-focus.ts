import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  businessClusterCountLayerId,
  businessClusterLayerId,
  villageFillLayerId,
} from '../map/layers';

// With the risk shown, the risk is what shows: the business cluster bubbles (big dark discs on
// exactly the busiest, hottest places) and the former-commune tints of the villages step aside.
// Village outlines and names, roads and single businesses stay, drawn over the risk.

const clusterLayers = [businessClusterLayerId, businessClusterCountLayerId];
/** The villages' own fill opacity, kept while the risk hides it (it differs with a basemap). */
const savedOpacity = new WeakMap<MapLibreMap, unknown>();

export function focusOnRisk(map: MapLibreMap, risk: boolean) {
  for (const id of clusterLayers) {
    if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', risk ? 'none' : 'visible');
  }
  if (!map.getLayer(villageFillLayerId)) return;
  if (risk && !savedOpacity.has(map)) {
    savedOpacity.set(map, map.getPaintProperty(villageFillLayerId, 'fill-opacity'));
    map.setPaintProperty(villageFillLayerId, 'fill-opacity', 0);
  } else if (!risk && savedOpacity.has(map)) {
    map.setPaintProperty(villageFillLayerId, 'fill-opacity', savedOpacity.get(map) as never);
    savedOpacity.delete(map);
  }
}
