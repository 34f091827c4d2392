import type { LayerSpecification, Map as MapLibreMap, VectorTileSource } from 'maplibre-gl';
import type { BusinessCollection, BusinessType } from '../api/geo-types';
import {
  businessClusterCountLayerId,
  businessClusterLayerId,
  businessesSourceId,
  businessPointLayerId,
} from './layers';

/**
 * Up to this many businesses the map takes the layer whole, as GeoJSON clustered in the browser;
 * above it (a province's premises) the server answers with counts and the map draws vector tiles
 * of the same layers (GET /api/businesses?tiledAbove=…, routes/tiles.ts).
 */
export const tiledAbove = 20_000;

export type TiledBusinesses = Extract<BusinessCollection, { tiled: unknown }>;

export const isTiled = (data: BusinessCollection): data is TiledBusinesses => 'tiled' in data;

const businessLayerIds = [
  businessClusterLayerId,
  businessClusterCountLayerId,
  businessPointLayerId,
];

/**
 * Draws the businesses from vector tiles: the same three layers (clusters, their counts, the
 * points) with the same paint, now reading the tiles' `businesses` layer, whose clusters carry
 * `point_count` as the browser's own do. `types` null: every type; else only those, clusters
 * counting only them, as the GeoJSON layer is filtered in its data.
 */
export function showTiledBusinesses(
  map: MapLibreMap,
  tiled: TiledBusinesses,
  types: readonly BusinessType[] | null,
): void {
  const url =
    types === null
      ? tiled.tiled.tilejson
      : `${tiled.tiled.tilejson}?types=${[...types].sort().join(',')}`;
  const source = map.getSource(businessesSourceId);
  if (source?.type === 'vector') {
    (source as VectorTileSource).setUrl(url);
    return;
  }
  const layers = map.getStyle().layers;
  const kept = layers.filter((layer) => businessLayerIds.includes(layer.id));
  const before = layers[Math.max(...kept.map((layer) => layers.indexOf(layer))) + 1]?.id;
  for (const layer of kept) map.removeLayer(layer.id);
  map.removeSource(businessesSourceId);
  map.addSource(businessesSourceId, { type: 'vector', url });
  for (const layer of kept) {
    map.addLayer({ ...layer, 'source-layer': 'businesses' } as LayerSpecification, before);
  }
}
