import type { FeatureCollection } from 'geojson';
import type {
  GeoJSONSource,
  LayerSpecification,
  MapGeoJSONFeature,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { addOverlayClick } from '../overlay-clicks';

/** A map feature's own layers over the base map: one GeoJSON source and the layers drawing it. */
export interface OverlayLayer {
  /** The source's id, unique on the map; the layers name it as their source. */
  sourceId: string;
  data: FeatureCollection;
  /** Bottom first; drawn above the base map's layers. */
  layers: readonly LayerSpecification[];
  visible: boolean;
  /** A click on one of its features, asked before the base layers' popups. */
  onClick?: (feature: MapGeoJSONFeature) => void;
}

interface Drawn {
  data: FeatureCollection;
  layerIds: string[];
  stopClick: () => void;
}

function remove(map: MapLibreMap, sourceId: string, drawn: Drawn): void {
  drawn.stopClick();
  // The map may be going already (its style gone): then there is nothing left to take off.
  if (!map.getStyle()) return;
  for (const id of drawn.layerIds) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(sourceId)) map.removeSource(sourceId);
}

/**
 * Draws the overlays the map's features declare, as they are declared now: a new one is added
 * on top, new data is set, visibility follows, one no longer declared is removed.
 */
export function useOverlayLayers(map: MapLibreMap | null, overlays: readonly OverlayLayer[]) {
  const drawn = useRef(new Map<string, Drawn>());
  const latest = useRef(overlays);
  useEffect(() => {
    latest.current = overlays;
  });

  useEffect(() => {
    if (!map) return;
    const current = drawn.current;
    const declared = new Set(overlays.map((o) => o.sourceId));
    for (const [sourceId, was] of current) {
      if (declared.has(sourceId)) continue;
      remove(map, sourceId, was);
      current.delete(sourceId);
    }
    for (const overlay of overlays) {
      const { sourceId, data } = overlay;
      let now = current.get(sourceId);
      if (!now) {
        map.addSource(sourceId, { type: 'geojson', data });
        for (const layer of overlay.layers) map.addLayer(layer);
        const layerIds = overlay.layers.map((layer) => layer.id);
        const stopClick = addOverlayClick(map, {
          layers: layerIds,
          onClick: (f) => latest.current.find((o) => o.sourceId === sourceId)?.onClick?.(f),
        });
        now = { data, layerIds, stopClick };
        current.set(sourceId, now);
      } else if (now.data !== data) {
        map.getSource<GeoJSONSource>(sourceId)?.setData(data);
        now.data = data;
      }
      for (const id of now.layerIds) {
        map.setLayoutProperty(id, 'visibility', overlay.visible ? 'visible' : 'none');
      }
    }
  }, [map, overlays]);

  useEffect(() => {
    if (!map) return;
    const current = drawn.current;
    return () => {
      for (const [sourceId, was] of current) remove(map, sourceId, was);
      current.clear();
    };
  }, [map]);
}
