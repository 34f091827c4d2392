import {
  type GeoJSONSource,
  type LngLatLike,
  type MapGeoJSONFeature,
  type Map as MapLibreMap,
  type MapMouseEvent,
  type PointLike,
  Popup,
} from 'maplibre-gl';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { BusinessFeature, KeyAreaFeature, VillageFeature } from '../api/geo-types';
import { keepPopupInView } from './keep-popup-in-view';
import {
  businessClusterLayerId,
  businessesSourceId,
  businessPointLayerId,
  keyAreaLayerIds,
  villageFillLayerId,
} from './layers';
import { isPlacing, overlayClicks } from './overlay-clicks';
import { BusinessPopup, BusinessPopupLoading, PlacePopup } from './popups';

/** The features behind what is drawn, by id; rendered features only carry flattened copies. */
export interface FeatureLookup {
  business(id: unknown): BusinessFeature | undefined;
  /** A business the map drew from tiles, which carry only what drawing needs: from the API. */
  fetchBusiness(id: number): Promise<BusinessFeature | undefined>;
  village(id: unknown): VillageFeature | undefined;
  keyArea(id: unknown): KeyAreaFeature | undefined;
}

/** Buttons under a business's popup (a village head's edit actions); `close` shuts the popup. */
export type BusinessActions = (business: BusinessFeature, close: () => void) => ReactNode;

/** A finger is less precise than a mouse: look a few pixels around the click for a point. */
const hitRadiusPixels = 6;

function around(e: MapMouseEvent): [PointLike, PointLike] {
  const { x, y } = e.point;
  return [
    [x - hitRadiusPixels, y - hitRadiusPixels],
    [x + hitRadiusPixels, y + hitRadiusPixels],
  ];
}

function nearest(e: MapMouseEvent, features: MapGeoJSONFeature[]): MapGeoJSONFeature | undefined {
  let best: MapGeoJSONFeature | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const feature of features) {
    if (feature.geometry.type !== 'Point') continue;
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const { x, y } = e.target.project([lng, lat]);
    const distance = Math.hypot(x - e.point.x, y - e.point.y);
    if (distance < bestDistance) {
      best = feature;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Clicks and hover on the map: a business opens its popup, a cluster zooms in until it splits,
 * anywhere else shows the village and key areas at that place. Returns a function that undoes
 * all of it.
 */
export function wireInteractions(
  map: MapLibreMap,
  lookup: FeatureLookup,
  businessActions: () => BusinessActions | undefined = () => undefined,
): () => void {
  let root: Root | null = null;
  const popup = new Popup({
    maxWidth: 'min(360px, calc(100vw - 32px))',
    className: 'ntm-popup',
    // MapLibre would focus the first button, which scrolls a tall popup on a phone past the
    // name to the actions at its foot; the popup itself takes the focus instead (see open()).
    focusAfterOpen: false,
  });
  popup.on('close', () => {
    const closing = root;
    root = null;
    // Unmounting synchronously inside React's own event handling would warn; wait a tick.
    queueMicrotask(() => closing?.unmount());
  });

  function open(lngLat: LngLatLike, content: ReactNode): void {
    popup.remove();
    const container = document.createElement('div');
    const opened = createRoot(container);
    root = opened;
    // Rendered synchronously so the popup has its real size when MapLibre places it.
    flushSync(() => opened.render(content));
    container.tabIndex = -1;
    popup.setLngLat(lngLat).setDOMContent(container).addTo(map);
    container.focus({ preventScroll: true });
    requestAnimationFrame(() => keepPopupInView(map, popup));
  }

  function openBusiness(business: BusinessFeature): void {
    open(
      business.geometry.coordinates as [number, number],
      <BusinessPopup
        business={business}
        now={new Date()}
        actions={businessActions()?.(business, () => popup.remove())}
      />,
    );
  }

  /** Counts the tiled premises asked for: only the last one asked may fill the popup. */
  let fetches = 0;

  function onClick(e: MapMouseEvent): void {
    if (isPlacing(map)) return;
    fetches++;
    const box = around(e);
    for (const overlay of overlayClicks(map)) {
      const layers = overlay.layers.filter((id) => map.getLayer(id));
      // Points near the finger first; else the area (a cell, a village) right under it.
      const hit =
        layers.length > 0 &&
        (nearest(e, map.queryRenderedFeatures(box, { layers })) ??
          map.queryRenderedFeatures(e.point, { layers }).find((f) => f.geometry.type !== 'Point'));
      if (hit) {
        popup.remove();
        overlay.onClick(hit);
        return;
      }
    }
    const point = nearest(e, map.queryRenderedFeatures(box, { layers: [businessPointLayerId] }));
    // A GeoJSON point's id is promoted from its properties; a tile's is the tile feature's own.
    const pointId = point && Number(point.id ?? point.properties.id);
    const business = point && lookup.business(pointId);
    if (business) {
      openBusiness(business);
      return;
    }
    if (point && point.geometry.type === 'Point' && Number.isInteger(pointId)) {
      // What the tile knows shows at once; the record replaces it, unless another click has
      // opened something else meanwhile.
      const at = point.geometry.coordinates as [number, number];
      const name = String(point.properties.name ?? '');
      const type = point.properties.type as BusinessFeature['properties']['type'] | undefined;
      const ticket = ++fetches;
      open(at, <BusinessPopupLoading name={name} type={type} failed={false} />);
      lookup
        .fetchBusiness(pointId as number)
        .then((fetched) => {
          if (ticket !== fetches || !popup.isOpen()) return;
          if (fetched) openBusiness(fetched);
          else open(at, <BusinessPopupLoading name={name} type={type} failed />);
        })
        .catch((error: unknown) => {
          console.warn('Business not loaded', error);
          if (ticket === fetches && popup.isOpen()) {
            open(at, <BusinessPopupLoading name={name} type={type} failed />);
          }
        });
      return;
    }

    const cluster = nearest(
      e,
      map.queryRenderedFeatures(box, { layers: [businessClusterLayerId] }),
    );
    if (cluster && cluster.geometry.type === 'Point') {
      const source = map.getSource(businessesSourceId);
      const center = cluster.geometry.coordinates as [number, number];
      popup.remove();
      if (source?.type !== 'geojson') {
        // A tile's cluster is one cell of the tile: two zooms in, it splits in sixteen.
        map.easeTo({ center, zoom: Math.min(map.getZoom() + 2, 16) });
        return;
      }
      const clusterId = Number(cluster.properties.cluster_id);
      (source as GeoJSONSource)
        ?.getClusterExpansionZoom(clusterId)
        .then((zoom) => map.easeTo({ center, zoom }))
        .catch((error: unknown) => console.warn('Cluster expansion failed', error));
      return;
    }

    const seen = new Set<string>();
    const keyAreas: KeyAreaFeature[] = [];
    for (const feature of map.queryRenderedFeatures(box, { layers: keyAreaLayerIds })) {
      const id = String(feature.properties.id);
      const keyArea = lookup.keyArea(feature.properties.id);
      if (keyArea && !seen.has(id)) {
        seen.add(id);
        keyAreas.push(keyArea);
      }
    }
    const [villageHit] = map.queryRenderedFeatures(e.point, { layers: [villageFillLayerId] });
    const village = villageHit && lookup.village(villageHit.properties.id);
    if (village || keyAreas.length > 0) {
      open(e.lngLat, <PlacePopup village={village} keyAreas={keyAreas} />);
    } else {
      popup.remove();
    }
  }

  const pointerLayers = [businessPointLayerId, businessClusterLayerId];
  const pointer = () => {
    if (isPlacing(map)) return;
    map.getCanvas().style.cursor = 'pointer';
  };
  const noPointer = () => {
    if (isPlacing(map)) return;
    map.getCanvas().style.cursor = '';
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && popup.isOpen()) popup.remove();
  };

  map.on('click', onClick);
  document.addEventListener('keydown', onKeyDown);
  for (const layer of pointerLayers) {
    map.on('mouseenter', layer, pointer);
    map.on('mouseleave', layer, noPointer);
  }
  return () => {
    map.off('click', onClick);
    document.removeEventListener('keydown', onKeyDown);
    for (const layer of pointerLayers) {
      map.off('mouseenter', layer, pointer);
      map.off('mouseleave', layer, noPointer);
    }
    popup.remove();
  };
}
