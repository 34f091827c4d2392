import type { FeatureCollection } from 'geojson';
import type { MapGeoJSONFeature } from 'maplibre-gl';
import type { Inspection } from '../api/inspection-client';
import type { OverlayLayer } from '../map/features/overlay-layer';
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

/** The inspections as a map feature's overlay: drawn over the base map, shown or hidden. */
export function inspectionsOverlay(
  inspections: readonly Inspection[],
  visible: boolean,
  onClick: (feature: MapGeoJSONFeature) => void,
): OverlayLayer {
  return {
    sourceId: inspectionsSourceId,
    data: inspectionFeatures(inspections),
    visible,
    onClick,
    layers: [
      {
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
      },
    ],
  };
}
