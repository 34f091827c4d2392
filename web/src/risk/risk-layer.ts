import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { BusinessRisk } from '../api/risk-client';
import { villageOutlineLayerId } from '../map/layers';
import { riskLevelColors, riskSeasonColor, scoreColor } from '../theme/risk-colors';

export const riskSourceId = 'risk';
export const riskHeatLayerId = 'risk-heat';
export const riskPointLayerId = 'risk-points';
/** On a season's day, a ring round each business as thick as the points the season adds. */
export const riskSeasonLayerId = 'risk-season';

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
      properties: {
        id: r.id,
        score: r.properties.riskScore,
        level: r.properties.riskLevel,
        season: r.properties.factors.find((f) => f.factor === 'season')?.contribution ?? 0,
      },
    })),
  };
}

/**
 * The risk as a heat map when the commune is seen whole, and as rings coloured by level when
 * zoomed in to streets. The heat is each business's own score on the fixed 0–100 ramp, a soft
 * spot of its colour (the higher drawn on top), not a density: the same business is darker on a
 * day it scores higher (Tết), so a season shows on the map itself, and the legend's bands hold.
 */
function addLayers(map: MapLibreMap) {
  map.addSource(riskSourceId, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  // Under the village outlines and names, roads and businesses, as the other risk views are.
  const below = map.getLayer(villageOutlineLayerId) ? villageOutlineLayerId : undefined;
  map.addLayer(
    {
      id: riskHeatLayerId,
      type: 'circle',
      source: riskSourceId,
      maxzoom: 16,
      layout: { 'circle-sort-key': ['get', 'score'] },
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 9, 13, 16, 15, 30] as never,
        'circle-color': scoreColor(['get', 'score']),
        'circle-blur': 0.6,
        'circle-opacity': ['interpolate', ['linear'], ['zoom'], 14, 0.9, 16, 0] as never,
      },
    },
    below,
  );
  // The change against an ordinary day, drawn on the map itself: the season's points as a ring
  // in a hue off the score ramp (teal), none on an ordinary day.
  map.addLayer(
    {
      id: riskSeasonLayerId,
      type: 'circle',
      source: riskSourceId,
      maxzoom: 16,
      filter: ['>', ['get', 'season'], 0],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 7, 13, 11, 15, 20] as never,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': riskSeasonColor,
        'circle-stroke-width': [
          'interpolate',
          ['linear'],
          ['get', 'season'],
          0,
          0,
          2,
          1.2,
          10,
          3.5,
        ] as never,
        'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], 14, 0.95, 16, 0] as never,
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

/**
 * Puts the businesses' risk on the map and shows or hides it. `seasonRing` false leaves the
 * season's ring out (the season comparison sets one season beside itself: nothing to tell).
 */
export function showRisk(
  map: MapLibreMap,
  risks: readonly BusinessRisk[],
  visible: boolean,
  seasonRing = true,
) {
  if (!map.getSource(riskSourceId)) addLayers(map);
  map.getSource<GeoJSONSource>(riskSourceId)?.setData(riskFeatures(risks));
  for (const id of [riskHeatLayerId, riskSeasonLayerId, riskPointLayerId]) {
    const shown = visible && (seasonRing || id !== riskSeasonLayerId);
    map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
  }
}

export function removeRisk(map: MapLibreMap) {
  for (const id of [riskPointLayerId, riskSeasonLayerId, riskHeatLayerId])
    if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(riskSourceId)) map.removeSource(riskSourceId);
}
