import type { FeatureCollection } from 'geojson';
import type {
  DataDrivenPropertyValueSpecification,
  GeoJSONSource,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { Tip } from '../api/tip-client';
import { tipDueColors, tipStatusColors } from '../theme/colors';

export const tipsSourceId = 'tips';
export const tipPrecisionLayerId = 'tips-precision';
export const tipPointLayerId = 'tips-points';

/** Metres per pixel at zoom 0 at the commune's latitude (20.72° N), Web Mercator. */
const metresPerPixelZ0 = 156_543.03 * Math.cos((20.72 * Math.PI) / 180);

/** An approximate tip's circle, its radius in metres turned into pixels at every zoom. */
const precisionRadius: DataDrivenPropertyValueSpecification<number> = [
  'interpolate',
  ['exponential', 2],
  ['zoom'],
  10,
  ['/', ['get', 'precisionMeters'], metresPerPixelZ0 / 2 ** 10],
  20,
  ['/', ['get', 'precisionMeters'], metresPerPixelZ0 / 2 ** 20],
];

const byStatus = ['match', ['get', 'status'], ...Object.entries(tipStatusColors).flat(), '#6b7280'];
const byDue = [
  'match',
  ['coalesce', ['get', 'due'], 'none'],
  ...Object.entries(tipDueColors).flat(),
  '#ffffff',
];

/** The tips that have a place, as flat features for the map (id and drawing fields only). */
export function tipFeatures(tips: readonly Tip[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: tips.flatMap((tip) =>
      tip.geometry
        ? [
            {
              type: 'Feature' as const,
              id: tip.id,
              geometry: tip.geometry,
              properties: {
                id: tip.id,
                status: tip.properties.status,
                due: tip.properties.due ?? 'none',
                precisionMeters: tip.properties.precisionMeters,
              },
            },
          ]
        : [],
    ),
  };
}

function addLayers(map: MapLibreMap): void {
  map.addSource(tipsSourceId, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId: 'id',
  });
  map.addLayer({
    id: tipPrecisionLayerId,
    type: 'circle',
    source: tipsSourceId,
    filter: ['>', ['get', 'precisionMeters'], 0],
    paint: {
      'circle-radius': precisionRadius,
      'circle-color': byStatus as never,
      'circle-opacity': 0.12,
      'circle-stroke-color': byStatus as never,
      'circle-stroke-width': 1,
      'circle-stroke-opacity': 0.6,
    },
  });
  map.addLayer({
    id: tipPointLayerId,
    type: 'circle',
    source: tipsSourceId,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 4, 16, 7] as never,
      'circle-color': byStatus as never,
      'circle-stroke-color': byDue as never,
      'circle-stroke-width': ['match', ['get', 'due'], 'overdue', 3.5, 'due-soon', 3, 1.5] as never,
    },
  });
}

/** Draws the tips (replacing what was drawn), or hides them when `visible` is false. */
export function showTips(map: MapLibreMap, tips: readonly Tip[], visible: boolean): void {
  if (!map.getSource(tipsSourceId)) addLayers(map);
  map.getSource<GeoJSONSource>(tipsSourceId)?.setData(tipFeatures(tips));
  for (const id of [tipPrecisionLayerId, tipPointLayerId]) {
    map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }
}

export function removeTips(map: MapLibreMap): void {
  for (const id of [tipPointLayerId, tipPrecisionLayerId])
    if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(tipsSourceId)) map.removeSource(tipsSourceId);
}
