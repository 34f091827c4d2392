import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Proposal } from '../api/proposal-client';
import { proposalColors } from '../theme/colors';

// Proposals drawn over the commune map: a village head's pending ones, or the one a reviewer
// is looking at (old position, new position, the move between them). Added on demand, so the
// base style stays the same for everyone.

export const proposalSourceId = 'proposals';
export const proposalMoveLayerId = 'proposals-move';
export const proposalBeforeLayerId = 'proposals-before';
export const proposalAfterLayerId = 'proposals-after';

type Part = 'before' | 'after' | 'move';

/** The points (and the move line) of some proposals, each tagged with its part and id. */
export function proposalFeatures(proposals: readonly Proposal[]): FeatureCollection {
  const features: Feature<Point | LineString>[] = [];
  for (const p of proposals) {
    const properties = (part: Part) => ({
      part,
      proposal: p.id,
      name: p.after?.properties.name ?? p.before?.properties.name ?? '',
    });
    const from = p.before?.geometry.coordinates;
    const to = p.after?.geometry.coordinates;
    const moved = !from || !to || from[0] !== to[0] || from[1] !== to[1];
    if (from && (moved || p.action !== 'update')) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: from },
        properties: properties('before'),
      });
    }
    if (to) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: to },
        properties: properties('after'),
      });
    }
    if (from && to && moved) {
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [from, to] },
        properties: properties('move'),
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

function addLayers(map: MapLibreMap): void {
  map.addSource(proposalSourceId, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  map.addLayer({
    id: proposalMoveLayerId,
    type: 'line',
    source: proposalSourceId,
    filter: ['==', ['get', 'part'], 'move'],
    paint: { 'line-color': proposalColors.after, 'line-width': 2.5, 'line-dasharray': [2, 1.5] },
  });
  map.addLayer({
    id: proposalBeforeLayerId,
    type: 'circle',
    source: proposalSourceId,
    filter: ['==', ['get', 'part'], 'before'],
    paint: {
      'circle-radius': 9,
      'circle-color': proposalColors.halo,
      'circle-opacity': 0.7,
      'circle-stroke-color': proposalColors.before,
      'circle-stroke-width': 3,
    },
  });
  map.addLayer({
    id: proposalAfterLayerId,
    type: 'circle',
    source: proposalSourceId,
    filter: ['==', ['get', 'part'], 'after'],
    paint: {
      'circle-radius': 9,
      'circle-color': proposalColors.after,
      'circle-stroke-color': proposalColors.halo,
      'circle-stroke-width': 3,
    },
  });
}

/** Shows these proposals on the map, replacing what was there; [] clears it. */
export function showProposals(map: MapLibreMap, proposals: readonly Proposal[]): void {
  if (!map.getSource(proposalSourceId)) addLayers(map);
  map.getSource<GeoJSONSource>(proposalSourceId)?.setData(proposalFeatures(proposals));
}

/** Takes the layers off the map again. */
export function removeProposals(map: MapLibreMap): void {
  for (const id of [proposalAfterLayerId, proposalBeforeLayerId, proposalMoveLayerId]) {
    if (map.getLayer(id)) map.removeLayer(id);
  }
  if (map.getSource(proposalSourceId)) map.removeSource(proposalSourceId);
}
