import {
  type GeoJSONSource,
  Map as MapLibreMap,
  type MapOptions,
  NavigationControl,
} from 'maplibre-gl';
import { type RefObject, useEffect, useRef, useState } from 'react';
import type {
  BasemapConfig,
  CommuneFeature,
  RoadCollection,
  VillageCollection,
} from '../api/geo-types';
import { communeSourceId, roadsSourceId, villagesSourceId } from './layers';
import { buildStyle } from './style';
import { useMaplibreLocale } from './use-maplibre-locale';

// The small maps beside the main one (season comparison, route planner, route sheet) share the
// main map's style (style.ts), flat and unrotated, with a zoom control; and the commune, its
// villages and roads as soon as they load.

export function createSmallMap(
  config: BasemapConfig,
  container: HTMLElement,
  locale: Record<string, string>,
  options: Partial<MapOptions> = {},
): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: buildStyle(config),
    locale,
    attributionControl: { compact: true },
    maxZoom: 18,
    maxPitch: 0,
    dragRotate: false,
    ...options,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  return map;
}

/**
 * A small map made in `containerRef`'s element, once per config: null until it has loaded.
 * `onLoad` adds the map's own sources and layers before it is handed out.
 */
export function useSmallMap(
  config: BasemapConfig,
  options: Partial<MapOptions>,
  onLoad?: (map: MapLibreMap) => void,
): { containerRef: RefObject<HTMLElement | null>; map: MapLibreMap | null } {
  const locale = useMaplibreLocale();
  const firstLocale = useRef(locale);
  const containerRef = useRef<HTMLElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const latest = useRef({ options, onLoad });
  useEffect(() => {
    latest.current = { options, onLoad };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = createSmallMap(config, container, firstLocale.current, latest.current.options);
    instance.once('load', () => {
      latest.current.onLoad?.(instance);
      setMap(instance);
    });
    return () => {
      setMap(null);
      instance.remove();
    };
  }, [config]);

  return { containerRef, map };
}

/** Calls `done` at the map's next idle, after what was just drawn; returns the way to stop waiting. */
export function whenIdle(map: MapLibreMap, done: () => void): () => void {
  map.once('idle', done);
  map.triggerRepaint();
  return () => {
    map.off('idle', done);
  };
}

/** What every small map draws under its own layers. */
export interface BaseMapData {
  /** Drawn and fitted into view once it arrives; leave out to keep the camera where it is. */
  commune?: CommuneFeature | null;
  villages: VillageCollection | null;
  roads: RoadCollection | null;
}

/** Puts the base data into the style's own sources as each part arrives. */
export function useBaseLayers(map: MapLibreMap | null, { commune, villages, roads }: BaseMapData) {
  useEffect(() => {
    if (!map || !commune) return;
    void map.getSource<GeoJSONSource>(communeSourceId)?.setData(commune);
    const [minLng, minLat, maxLng, maxLat] = commune.properties.bbox;
    map.fitBounds(
      [
        [minLng, minLat],
        [maxLng, maxLat],
      ],
      { padding: 12, duration: 0 },
    );
  }, [map, commune]);

  useEffect(() => {
    if (map && villages) void map.getSource<GeoJSONSource>(villagesSourceId)?.setData(villages);
  }, [map, villages]);

  useEffect(() => {
    if (map && roads) void map.getSource<GeoJSONSource>(roadsSourceId)?.setData(roads);
  }, [map, roads]);
}
