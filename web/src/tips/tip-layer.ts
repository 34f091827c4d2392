import type { FeatureCollection } from 'geojson';
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  GeoJSONSource,
  Map as MapLibreMap,
  VectorTileSource,
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

/** A tip's due state as the list gives it: 'overdue', 'due-soon', 'on-time' or 'none'. */
const listedDue: ExpressionSpecification = ['coalesce', ['get', 'due'], 'none'];

/**
 * A tiled tip's due state, judged in the browser from its `deadline` (tiles do not change with
 * the clock): past `now` overdue, before `soon` due soon; no deadline, closed.
 */
export function dueFromDeadline(now: Date, dueSoonDays: number): ExpressionSpecification {
  const deadline: ExpressionSpecification = ['to-string', ['get', 'deadline']];
  const soon = new Date(now.getTime() + dueSoonDays * 86_400_000);
  return [
    'case',
    ['!', ['has', 'deadline']],
    'none',
    ['<', deadline, now.toISOString()],
    'overdue',
    ['<=', deadline, soon.toISOString()],
    'due-soon',
    'on-time',
  ];
}

const dueRing = (due: ExpressionSpecification) => ({
  'circle-stroke-color': [
    'match',
    due,
    ...Object.entries(tipDueColors).flat(),
    '#ffffff',
  ] as ExpressionSpecification,
  'circle-stroke-width': [
    'match',
    due,
    'overdue',
    3.5,
    'due-soon',
    3,
    1.5,
  ] as ExpressionSpecification,
});

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

/** Where a tiled layer's tiles are, from its TileJSON. */
export type TileSet = { tiles: string[]; maxzoom: number };

/** The tips' source (GeoJSON, or the vector tiles of `tileSet`) and its two layers. */
function addLayers(map: MapLibreMap, tileSet: TileSet | null, due: ExpressionSpecification): void {
  map.addSource(
    tipsSourceId,
    tileSet === null
      ? { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' }
      : { type: 'vector', tiles: tileSet.tiles, maxzoom: tileSet.maxzoom },
  );
  const from = tileSet === null ? {} : { 'source-layer': 'tips' };
  map.addLayer({
    id: tipPrecisionLayerId,
    type: 'circle',
    source: tipsSourceId,
    ...from,
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
    ...from,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 4, 16, 7] as never,
      'circle-color': byStatus as never,
      ...dueRing(due),
    },
  });
}

const sourceKind = (map: MapLibreMap) => map.getSource(tipsSourceId)?.type;

function setVisible(map: MapLibreMap, visible: boolean): void {
  for (const id of [tipPrecisionLayerId, tipPointLayerId]) {
    map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }
}

/** Draws the tips (replacing what was drawn), or hides them when `visible` is false. */
export function showTips(map: MapLibreMap, tips: readonly Tip[], visible: boolean): void {
  if (sourceKind(map) === 'vector') removeTips(map);
  if (!map.getSource(tipsSourceId)) addLayers(map, null, listedDue);
  map.getSource<GeoJSONSource>(tipsSourceId)?.setData(tipFeatures(tips));
  setVisible(map, visible);
}

/**
 * Draws the tips from vector tiles (a layer too large to send whole), with the same paint: the
 * filter and the due rings are expressions over the tiles' fields (tip-filter.ts), set on the
 * layers, so changing the filter fetches no tile. After a write the TileJSON names the tiles of
 * the layer's new version: the source takes them.
 */
export function showTiledTips(
  map: MapLibreMap,
  tileSet: TileSet,
  view: { filter: ExpressionSpecification; due: ExpressionSpecification; visible: boolean },
): void {
  if (sourceKind(map) === 'geojson') removeTips(map);
  const source = map.getSource<VectorTileSource>(tipsSourceId);
  if (!source) addLayers(map, tileSet, view.due);
  else if (source.tiles?.[0] !== tileSet.tiles[0]) source.setTiles(tileSet.tiles);
  map.setFilter(tipPointLayerId, view.filter);
  map.setFilter(tipPrecisionLayerId, ['all', ['>', ['get', 'precisionMeters'], 0], view.filter]);
  const ring = dueRing(view.due);
  map.setPaintProperty(tipPointLayerId, 'circle-stroke-color', ring['circle-stroke-color']);
  map.setPaintProperty(tipPointLayerId, 'circle-stroke-width', ring['circle-stroke-width']);
  setVisible(map, view.visible);
}

export function removeTips(map: MapLibreMap): void {
  for (const id of [tipPointLayerId, tipPrecisionLayerId])
    if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(tipsSourceId)) map.removeSource(tipsSourceId);
}
