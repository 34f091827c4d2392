import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

// Where the open card's business or cell is: a dark ring with a white halo, above every risk
// layer, so the place stays findable under the card on a phone.

const sourceId = 'risk-selected';
const haloId = 'risk-selected-halo';
const ringId = 'risk-selected-ring';

export function showSelected(map: MapLibreMap, at: [number, number] | null) {
  if (!map.getSource(sourceId)) {
    map.addSource(sourceId, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const [id, color, width] of [
      [haloId, '#ffffff', 7],
      [ringId, '#111827', 3],
    ] as const) {
      map.addLayer({
        id,
        type: 'circle',
        source: sourceId,
        paint: {
          'circle-radius': 16,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': color,
          'circle-stroke-width': width,
        },
      });
    }
  }
  void map.getSource<GeoJSONSource>(sourceId)?.setData({
    type: 'FeatureCollection',
    features: at
      ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: {} }]
      : [],
  });
}

export function removeSelected(map: MapLibreMap) {
  for (const id of [ringId, haloId]) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(sourceId)) map.removeSource(sourceId);
}
