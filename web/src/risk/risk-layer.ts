import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { BusinessRisk } from '../api/risk-client';
import { heatDensityColor, riskLevelColors } from '../theme/risk-colors';

export const riskSourceId = 'risk';
export const riskHeatLayerId = 'risk-heat';
export const riskPointLayerId = 'risk-points';

const byLevel = ['match', ['get', 'level'], ...Object.entries(riskLevelColors).flat(), '#999999'];

/**
 * A heat map stays smooth and light up to about ten thousand points; the highest scores are
 * kept when there are more (a commune has a few hundred premises, a province may not).
 */
export const heatPointLimit = 10_000;

export function riskFeatures(risks: readonly BusinessRisk[]): FeatureCollection {
  const kept =
    risks.length > heatPointLimit
      ? [...risks]
          .sort((a, b) => b.properties.riskScore - a.properties.riskScore)
          .slice(0, heatPointLimit)
      : risks;
  return {
    type: 'FeatureCollection',
    features: kept.map((r) => ({
      type: 'Feature' as const,
      id: r.id,
      geometry: r.geometry,
      properties: { id: r.id, score: r.properties.riskScore, level: r.properties.riskLevel },
    })),
  };
}

/**
 * The risk as a heat map when the commune is seen whole (weighted by score), and as rings
 * coloured by level when zoomed in to streets.
 */
function addLayers(map: MapLibreMap) {
  map.addSource(riskSourceId, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  // Under the businesses, so their points stay on top of the heat.
  const below = map.getStyle().layers.find((l) => l.id.startsWith('businesses'))?.id;
  map.addLayer(
    {
      id: riskHeatLayerId,
      type: 'heatmap',
      source: riskSourceId,
      maxzoom: 16,
      paint: {
        'heatmap-weight': ['/', ['get', 'score'], 100] as never,
        'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 11, 0.8, 15, 2] as never,
        'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 11, 18, 15, 40] as never,
        'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], 14, 0.75, 16, 0] as never,
        'heatmap-color': heatDensityColor,
      },
    },
    below,
  );
  map.addLayer(
    {
      id: riskPointLayerId,
      type: 'circle',
      source: riskSourceId,
      minzoom: 13.5,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['get', 'score'], 0, 6, 100, 14] as never,
        'circle-color': byLevel as never,
        'circle-opacity': 0.35,
        'circle-stroke-color': byLevel as never,
        'circle-stroke-width': 2.5,
      },
    },
    below,
  );
}

export function showRisk(map: MapLibreMap, risks: readonly BusinessRisk[], visible: boolean) {
  if (!map.getSource(riskSourceId)) addLayers(map);
  map.getSource<GeoJSONSource>(riskSourceId)?.setData(riskFeatures(risks));
  for (const id of [riskHeatLayerId, riskPointLayerId]) {
    map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }
}

export function removeRisk(map: MapLibreMap) {
  for (const id of [riskPointLayerId, riskHeatLayerId]) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(riskSourceId)) map.removeSource(riskSourceId);
}
