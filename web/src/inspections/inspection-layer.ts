import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Inspection } from '../api/inspection-client';
import { inspectionResultColors } from '../theme/colors';

export const inspectionsSourceId = 'inspections';
export const inspectionPointLayerId = 'inspections-points';

const byResult = [
  'match',
  ['get', 'result'],
  ...Object.entries(inspectionResultColors).flat(),
  '#6b7280',
];

/** Recorded inspections as small squares-ish marks (a thick ring), coloured by result. */
export function inspectionFeatures(inspections: readonly Inspection[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: inspections
      .filter((i) => i.properties.result !== null)
      .map((i) => ({
        type: 'Feature' as const,
        id: i.id,
        geometry: i.geometry,
        properties: {
          id: i.id,
          businessId: i.properties.businessId,
          businessName: i.properties.businessName ?? '',
          result: i.properties.result,
        },
      })),
  };
}

export function showInspections(
  map: MapLibreMap,
  inspections: readonly Inspection[],
  visible: boolean,
) {
  if (!map.getSource(inspectionsSourceId)) {
    map.addSource(inspectionsSourceId, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    });
    map.addLayer({
      id: inspectionPointLayerId,
      type: 'circle',
      source: inspectionsSourceId,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 3, 16, 6] as never,
        'circle-color': '#ffffff',
        'circle-stroke-color': byResult as never,
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 11, 2, 16, 3.5] as never,
        // Several inspections of one business sit on one spot: a little see-through.
        'circle-opacity': 0.9,
      },
    });
  }
  map.getSource<GeoJSONSource>(inspectionsSourceId)?.setData(inspectionFeatures(inspections));
  map.setLayoutProperty(inspectionPointLayerId, 'visibility', visible ? 'visible' : 'none');
}

export function removeInspections(map: MapLibreMap) {
  if (map.getLayer(inspectionPointLayerId)) map.removeLayer(inspectionPointLayerId);
  if (map.getSource(inspectionsSourceId)) map.removeSource(inspectionsSourceId);
}
