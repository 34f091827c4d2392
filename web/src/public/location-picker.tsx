import 'maplibre-gl/dist/maplibre-gl.css';
import '../map/maplibre-worker';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { type GeoJSONSource, Map as MapLibreMap, NavigationControl } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../api/geo-types';
import type { PublicCommune, PublicVillages } from '../api/public-tip-client';
import { covers } from '../edit/village-at';
import { labelPoint } from '../map/label-point';
import { markMapReady, publishMap, unpublishMap } from '../map/map-ready';
import {
  pickCommuneSourceId,
  pickLayers,
  pickPointSourceId,
  pickSourceIds,
  pickVillageLabelsSourceId,
  pickVillagesSourceId,
} from '../map/public-pick.layer';
import { buildStyle, communeCentre } from '../map/style';
import { useMaplibreLocale } from '../map/use-maplibre-locale';

export type LngLat = [lng: number, lat: number];

interface LocationPickerProps {
  config: AppConfig | null;
  commune: PublicCommune | null;
  /** Names and outlines to find one's way; an empty collection when they could not be loaded. */
  villages: PublicVillages | null;
  value: LngLat | null;
  onPick: (lngLat: LngLat) => void;
  /** A tap outside the commune: the form says so instead of taking it. */
  onOutside: () => void;
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

function labelsOf(villages: PublicVillages): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const village of villages.features) {
    const at = labelPoint(village.geometry);
    if (at) {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: at },
        properties: { name: village.properties.name },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

const pointOf = (lngLat: LngLat | null): FeatureCollection | Feature<Point> =>
  lngLat
    ? { type: 'Feature', geometry: { type: 'Point', coordinates: lngLat }, properties: {} }
    : empty;

/**
 * A small map of the commune to tap where it happened. One finger scrolls the page past it
 * (cooperative gestures: two fingers move the map), so the form stays easy to scroll on a phone;
 * a tap still picks the place.
 */
export function LocationPicker(props: LocationPickerProps) {
  const { config, commune, villages, value, onPick, onOutside } = props;
  const { t } = useTranslation();
  const locale = {
    ...useMaplibreLocale(),
    'CooperativeGesturesHandler.WindowsHelpText': t('publicTip.mapCtrlScroll'),
    'CooperativeGesturesHandler.MacHelpText': t('publicTip.mapCmdScroll'),
  };
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failed, setFailed] = useState(false);
  const [gps, setGps] = useState<'idle' | 'locating' | 'failed'>('idle');
  const latest = useRef({ commune, onPick, onOutside, locale });
  useEffect(() => {
    latest.current = { commune, onPick, onOutside, locale };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !config) return;
    let instance: MapLibreMap;
    try {
      // The app's offline style (and basemap when configured), without the staff map's layers.
      const style = buildStyle(config);
      const background = style.layers.filter((l) => l.type === 'background' || l.type === 'raster');
      instance = new MapLibreMap({
        container,
        style: {
          ...style,
          sources: {
            ...Object.fromEntries(
              Object.entries(style.sources).filter(([id]) =>
                background.some((l) => 'source' in l && l.source === id),
              ),
            ),
            ...Object.fromEntries(
              pickSourceIds.map((id) => [id, { type: 'geojson' as const, data: empty }]),
            ),
          },
          layers: [...background, ...pickLayers],
        },
        center: communeCentre,
        zoom: 11.5,
        locale: latest.current.locale,
        attributionControl: { compact: true },
        cooperativeGestures: true,
        minZoom: 9,
        maxZoom: 18,
        maxPitch: 0,
        dragRotate: false,
      });
    } catch (error) {
      console.error('MapLibre could not start', error);
      setFailed(true);
      return;
    }
    instance.touchZoomRotate.disableRotation();
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    publishMap(instance);
    instance.on('click', (event) => {
      const lngLat: LngLat = [
        Math.round(event.lngLat.lng * 1e7) / 1e7,
        Math.round(event.lngLat.lat * 1e7) / 1e7,
      ];
      const outline = latest.current.commune?.geometry;
      if (outline && !covers(outline, lngLat)) latest.current.onOutside();
      else latest.current.onPick(lngLat);
    });
    instance.once('load', () => setMap(instance));
    return () => {
      unpublishMap(instance);
      instance.remove();
      setMap(null);
    };
  }, [config]);

  useEffect(() => {
    if (!map || !commune || !villages) return;
    const set = (id: string, data: FeatureCollection | Feature) =>
      map.getSource<GeoJSONSource>(id)?.setData(data) ?? Promise.resolve();
    void Promise.all([
      set(pickCommuneSourceId, commune),
      set(pickVillagesSourceId, villages),
      set(pickVillageLabelsSourceId, labelsOf(villages)),
    ]).then(() => {
      const [minLng, minLat, maxLng, maxLat] = commune.properties.bbox;
      map.fitBounds(
        [
          [minLng, minLat],
          [maxLng, maxLat],
        ],
        { padding: 12, duration: 0 },
      );
      map.once('idle', () => markMapReady(map));
    });
  }, [map, commune, villages]);

  /** The phone's own position, taken like a tap (and refused the same way outside the commune). */
  function takeMyPosition() {
    if (!navigator.geolocation) {
      setGps('failed');
      return;
    }
    setGps('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setGps('idle');
        const lngLat: LngLat = [
          Math.round(coords.longitude * 1e7) / 1e7,
          Math.round(coords.latitude * 1e7) / 1e7,
        ];
        if (commune && !covers(commune.geometry, lngLat)) {
          onOutside();
          return;
        }
        onPick(lngLat);
        map?.flyTo({ center: lngLat, zoom: Math.max(map.getZoom(), 15) });
      },
      () => setGps('failed'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  useEffect(() => {
    if (!map) return;
    void map.getSource<GeoJSONSource>(pickPointSourceId)?.setData(pointOf(value));
  }, [map, value]);

  const gpsButton = (
    <button
      type="button"
      className="button button-secondary public-gps"
      aria-disabled={gps === 'locating' || undefined}
      onClick={gps === 'locating' ? undefined : takeMyPosition}
    >
      {t(gps === 'locating' ? 'publicTip.gpsLocating' : 'publicTip.gpsButton')}
    </button>
  );
  return (
    <>
      {failed ? (
        <p className="public-note">{t('publicTip.mapUnavailable')}</p>
      ) : (
        <div
          ref={containerRef}
          className="public-map"
          role="application"
          aria-label={t('publicTip.mapLabel')}
        />
      )}
      {gpsButton}
      {gps === 'failed' && <p className="form-error">{t('publicTip.gpsFailed')}</p>}
    </>
  );
}
