import 'maplibre-gl/dist/maplibre-gl.css';
import '../map/maplibre-worker';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { AppConfig } from '../api/geo-types';
import type { CommunicationActivity } from '../api/plan-records-client';
import { type BaseMapData, useBaseLayers, useSmallMap, whenIdle } from '../map/small-map';
import { communicationPointColor } from '../theme/plan-record-colors';

const activitiesSource = 'communication-activities';
const draftSource = 'communication-draft';

interface CommunicationMapProps {
  config: AppConfig;
  base: BaseMapData;
  activities: CommunicationActivity[];
  /** The activity being edited or added: its point stands out. */
  draft: [number, number] | null;
  /** While set, a click on the map places the draft's point. */
  onPick: ((lngLat: [number, number]) => void) | null;
  label: string;
}

const round7 = (n: number) => Math.round(n * 1e7) / 1e7;

/** The activities' points and the draft's ring, empty until they are set. */
function addCommunicationLayers(map: MapLibreMap): void {
  map.addSource(activitiesSource, { type: 'geojson', data: empty() });
  map.addSource(draftSource, { type: 'geojson', data: empty() });
  map.addLayer({
    id: 'communication-points',
    type: 'circle',
    source: activitiesSource,
    paint: {
      'circle-radius': 7,
      'circle-color': communicationPointColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  });
  map.addLayer({
    id: 'communication-draft',
    type: 'circle',
    source: draftSource,
    paint: {
      'circle-radius': 11,
      'circle-color': 'rgba(0, 0, 0, 0)',
      'circle-stroke-color': '#1b1f24',
      'circle-stroke-width': 3,
    },
  });
}

/**
 * The year's activities on a small map (map/small-map.ts); while a form is open, a click (or a
 * tap) places its point, shown as a ring. `data-ready` turns true once the points are drawn.
 */
export function CommunicationMap(props: CommunicationMapProps) {
  const { config, base, activities, draft, onPick, label } = props;
  const { containerRef, map } = useSmallMap(config, { minZoom: 9 }, addCommunicationLayers);
  const [ready, setReady] = useState(false);
  const pick = useRef(onPick);
  pick.current = onPick;

  useBaseLayers(map, base);

  useEffect(() => {
    if (!map) return;
    setReady(false);
    const points: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: activities.flatMap((a) =>
        a.geometry ? [{ type: 'Feature', geometry: a.geometry, properties: { id: a.id } }] : [],
      ),
    };
    void map.getSource<GeoJSONSource>(activitiesSource)?.setData(points);
    return whenIdle(map, () => setReady(true));
  }, [map, activities]);

  useEffect(() => {
    if (!map) return;
    void map.getSource<GeoJSONSource>(draftSource)?.setData(
      draft
        ? {
            type: 'FeatureCollection',
            features: [
              { type: 'Feature', geometry: { type: 'Point', coordinates: draft }, properties: {} },
            ],
          }
        : empty(),
    );
  }, [map, draft]);

  const picking = onPick !== null;
  useEffect(() => {
    if (!map || !picking) return;
    map.getCanvas().style.cursor = 'crosshair';
    const onClick = (e: MapMouseEvent) =>
      pick.current?.([round7(e.lngLat.lng), round7(e.lngLat.lat)]);
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
      map.getCanvas().style.cursor = '';
    };
  }, [map, picking]);

  return (
    <section
      ref={containerRef}
      className={`communication-map${picking ? ' is-picking' : ''}`}
      aria-label={label}
      data-ready={ready ? 'true' : 'false'}
      data-picking={picking ? 'true' : 'false'}
    />
  );
}

function empty(): FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}
