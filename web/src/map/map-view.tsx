import 'maplibre-gl/dist/maplibre-gl.css';
import './maplibre-worker';
import {
  Map as MapLibreMap,
  NavigationControl,
  type PaddingOptions,
  ScaleControl,
} from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BBox } from '../api/geo-client';
import { type AppConfig, businessTypes } from '../api/geo-types';
import { type DatasetKey, datasetKeys, type GeoDataState } from '../api/use-geo-data';
import { featureLookup } from './feature-index';
import { type BusinessActions, wireInteractions } from './interactions';
import { applyLayerVisibility, type LayerVisibility, visibleBusinesses } from './layer-visibility';
import {
  businessesSourceId,
  communeSourceId,
  dataSourceIds,
  keyAreasSourceId,
  otherVillagesVeilLayerId,
  ownVillageFilters,
  ownVillageHaloLayerId,
  ownVillageOutlineLayerId,
  roadsSourceId,
} from './layers';
import { markMapReady, publishMap, unpublishMap } from './map-ready';
import { polygonBbox } from './polygon-bbox';
import { buildStyle } from './style';
import { isTiled, showTiledBusinesses } from './tiled-businesses';
import { useMaplibreLocale } from './use-maplibre-locale';
import { setSourceData, showVillageOutlines } from './village-sources';

export interface FitRequest {
  target: 'commune' | 'own-village';
}

interface MapViewProps {
  config: AppConfig;
  data: GeoDataState;
  visibility: LayerVisibility;
  /** Room to leave around the commune when fitting it, e.g. for a bottom sheet over the map. */
  fitPadding: PaddingOptions;
  /** A new object each time the user asks to see the whole commune or their village again. */
  fitRequest: FitRequest | null;
  /** A village head's village: fitted first, outlined, the others veiled. */
  ownVillageId: number | string | null;
  label: string;
  /** Edit buttons in a business's popup, for roles that may propose changes. */
  businessActions?: BusinessActions;
  /** The map once it has loaded (null when it goes), for overlays such as the editor. */
  onMap?: (map: MapLibreMap | null) => void;
  onReady: () => void;
  onFatalError: (reason: 'webgl') => void;
}

/** Puts a dataset into its map source once it has come, then counts it as drawn. */
function useDatasetSource<K extends 'commune' | 'keyAreas' | 'roads'>(
  map: MapLibreMap | null,
  key: K,
  sourceId: string,
  dataset: GeoDataState[K],
  markApplied: (key: DatasetKey) => void,
) {
  useEffect(() => {
    if (!map || dataset.status !== 'ready') return;
    void setSourceData(map, sourceId, dataset.data).then(() => markApplied(key));
  }, [map, key, sourceId, dataset, markApplied]);
}

function fitBbox(map: MapLibreMap, bbox: BBox, padding: PaddingOptions, durationMs: number): void {
  const [minLng, minLat, maxLng, maxLat] = bbox;
  map.fitBounds(
    [
      [minLng, minLat],
      [maxLng, maxLat],
    ],
    { padding, duration: durationMs },
  );
}

/**
 * The commune map. The style and its (empty) sources exist from the start; each dataset is put
 * into its source as it arrives, so a slow endpoint delays only its own layer.
 */
export function MapView(props: MapViewProps) {
  const { config, data, visibility, fitRequest, ownVillageId, label } = props;
  const locale = useMaplibreLocale();
  const containerRef = useRef<HTMLElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [applied, setApplied] = useState<ReadonlySet<DatasetKey>>(new Set());
  const latest = useRef({ props, locale });
  useEffect(() => {
    latest.current = { props, locale };
  });

  const markApplied = useCallback((key: DatasetKey) => {
    setApplied((previous) => (previous.has(key) ? previous : new Set(previous).add(key)));
  }, []);

  // One map per basemap setting; everything else is updated in place.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let instance: MapLibreMap;
    try {
      instance = new MapLibreMap({
        container,
        style: buildStyle(config),
        locale: latest.current.locale,
        attributionControl: { compact: true },
        minZoom: 9,
        maxZoom: 19,
        maxPitch: 0,
        dragRotate: false,
        // Labels show at once rather than fading in over 300 ms: the first paint is not done
        // (and the map not idle) until every fade has run, frame by frame, on a phone.
        fadeDuration: 0,
      });
    } catch (error) {
      console.error('MapLibre could not start', error);
      latest.current.props.onFatalError('webgl');
      return;
    }
    instance.touchZoomRotate.disableRotation();
    instance.keyboard.disableRotation();
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    // An unreachable online basemap fails once per tile; say so once per source.
    const reported = new Set<string>();
    instance.on('error', (event) => {
      const sourceId = 'sourceId' in event ? String(event.sourceId) : '';
      if (reported.has(sourceId)) return;
      reported.add(sourceId);
      console.warn(`Map error${sourceId ? ` in source ${sourceId}` : ''}:`, event.error);
    });
    publishMap(instance);
    const unwire = wireInteractions(
      instance,
      featureLookup(() => latest.current.props.data),
      () => latest.current.props.businessActions,
    );
    instance.once('load', () => {
      setMap(instance);
      latest.current.props.onMap?.(instance);
    });
    return () => {
      unwire();
      latest.current.props.onMap?.(null);
      setMap(null);
      setApplied(new Set());
      unpublishMap(instance);
      instance.remove();
    };
  }, [config]);

  const { commune, villages, keyAreas, roads, businesses } = data;

  useDatasetSource(map, 'commune', communeSourceId, commune, markApplied);

  useEffect(() => {
    if (!map || villages.status !== 'ready') return;
    void showVillageOutlines(map, villages.data).then(() => markApplied('villages'));
  }, [map, villages, markApplied]);

  useDatasetSource(map, 'keyAreas', keyAreasSourceId, keyAreas, markApplied);
  useDatasetSource(map, 'roads', roadsSourceId, roads, markApplied);

  // Business types are filtered in the data (clusters then count only what is shown), so this
  // reruns when a type is toggled.
  const shownTypes = visibility.businesses;
  useEffect(() => {
    if (!map || businesses.status !== 'ready') return;
    if (isTiled(businesses.data)) {
      const types = businessTypes.filter((type) => shownTypes[type]);
      showTiledBusinesses(
        map,
        businesses.data,
        types.length === businessTypes.length ? null : types,
      );
      markApplied('businesses');
      return;
    }
    const shown = visibleBusinesses(businesses.data, shownTypes);
    void setSourceData(map, businessesSourceId, shown).then(() => markApplied('businesses'));
  }, [map, businesses, shownTypes, markApplied]);

  // A dataset the role may not read stays an empty source: nothing to draw, nothing to wait for.
  useEffect(() => {
    if (!map) return;
    for (const key of datasetKeys) if (data[key].status === 'not-allowed') markApplied(key);
  }, [map, data, markApplied]);

  useEffect(() => {
    if (map) applyLayerVisibility(map, visibility);
  }, [map, visibility]);

  const showVillages = visibility.villages;
  useEffect(() => {
    if (!map) return;
    const own = ownVillageId === null ? null : ownVillageFilters(ownVillageId);
    const layers = [
      [otherVillagesVeilLayerId, own?.others, own !== null && showVillages],
      [ownVillageHaloLayerId, own?.own, own !== null],
      [ownVillageOutlineLayerId, own?.own, own !== null],
    ] as const;
    for (const [id, filter, shown] of layers) {
      if (filter) map.setFilter(id, filter);
      map.setLayoutProperty(id, 'visibility', shown ? 'visible' : 'none');
    }
  }, [map, ownVillageId, showVillages]);

  const communeBbox = commune.status === 'ready' ? commune.data.properties.bbox : null;
  const ownVillageBbox = useMemo(() => {
    if (ownVillageId === null || villages.status !== 'ready') return null;
    const own = villages.data.features.find(
      (f) => String(f.properties.id) === String(ownVillageId),
    );
    return own ? polygonBbox(own.geometry) : null;
  }, [villages, ownVillageId]);
  const homeBbox = ownVillageBbox ?? communeBbox;
  const bboxes = useRef({ commune: communeBbox, 'own-village': homeBbox });
  useEffect(() => {
    bboxes.current = { commune: communeBbox, 'own-village': homeBbox };
  });

  // Fit the home area (a village head's village, else the commune) instantly when it is known,
  // and animated whenever the user asks again.
  useEffect(() => {
    if (map && homeBbox) fitBbox(map, homeBbox, latest.current.props.fitPadding, 0);
  }, [map, homeBbox]);
  useEffect(() => {
    const bbox = fitRequest && bboxes.current[fitRequest.target];
    if (map && bbox) fitBbox(map, bbox, latest.current.props.fitPadding, 600);
  }, [map, fitRequest]);

  // Ready, for a person and for the end-to-end test, at the first `idle` after every dataset
  // is in its source and every source has finished loading.
  const allApplied = datasetKeys.every((key) => applied.has(key));
  useEffect(() => {
    if (!map || !allApplied) return;
    const check = () => {
      if (!dataSourceIds.every((id) => map.isSourceLoaded(id)) || !map.areTilesLoaded()) return;
      map.off('idle', check);
      markMapReady(map);
      latest.current.props.onReady();
    };
    map.on('idle', check);
    map.triggerRepaint();
    return () => {
      map.off('idle', check);
    };
  }, [map, allApplied]);

  return <section ref={containerRef} className="map" aria-label={label} />;
}
