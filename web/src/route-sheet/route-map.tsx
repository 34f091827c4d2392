import 'maplibre-gl/dist/maplibre-gl.css';
import '../map/maplibre-worker';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { BasemapConfig, RoadCollection, VillageCollection } from '../api/geo-types';
import type { PlanTeam } from '../api/route-plan-client';
import { createSmallMap, useBaseLayers } from '../map/small-map';
import { useMaplibreLocale } from '../map/use-maplibre-locale';
import {
  routeBounds,
  routeLayers,
  routeLine,
  routeSourceId,
  stopPoints,
  stopsSourceId,
} from './route-layers';

interface RouteMapProps {
  config: BasemapConfig;
  team: PlanTeam;
  /** The seq of the stop to go to now, highlighted; null for none (e.g. on the printout). */
  next: number | null;
  villages: VillageCollection | null;
  roads: RoadCollection | null;
  label: string;
  /**
   * Keep a picture of the map for printing: a WebGL canvas does not survive the print layout
   * (the page reflows to A4, MapLibre resizes and clears it), an <img> does.
   */
  printable?: boolean;
  className?: string;
  /** Called at the first idle with the route drawn. */
  onReady?: () => void;
}

/**
 * One team's route over the app's own map style (map/style.ts): villages and roads for
 * context, the route line and numbered stops on top, framed on the route. `data-ready` turns
 * true at the first idle after the route is drawn, for the printout and the end-to-end test.
 */
export function RouteMap(props: RouteMapProps) {
  const { config, team, next, villages, roads, label, printable = false, className } = props;
  const onReady = useRef(props.onReady);
  onReady.current = props.onReady;
  const locale = useMaplibreLocale();
  const firstLocale = useRef(locale);
  const containerRef = useRef<HTMLElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [ready, setReady] = useState(false);
  const [picture, setPicture] = useState<string | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = createSmallMap(config, container, firstLocale.current, {
      bounds: routeBounds(team),
      fitBoundsOptions: { padding: 28 },
      // Lets toDataURL read the last frame after it was presented.
      canvasContextAttributes: { preserveDrawingBuffer: printable },
    });
    instance.once('load', () => {
      instance.addSource(routeSourceId, { type: 'geojson', data: routeLine(team) });
      instance.addSource(stopsSourceId, {
        type: 'geojson',
        data: stopPoints(team, next, instance.getZoom()),
      });
      for (const layer of routeLayers) instance.addLayer(layer);
      setMap(instance);
    });
    return () => {
      setMap(null);
      instance.remove();
    };
    // The map is made once per team and config; `next` and the data are set below.
  }, [config, team, printable]);

  // Stops crowd or part as the map zooms: regrouped after each zoom.
  useEffect(() => {
    if (!map) return;
    const regroup = () =>
      void map
        .getSource<GeoJSONSource>(stopsSourceId)
        ?.setData(stopPoints(team, next, map.getZoom()));
    regroup();
    map.on('zoomend', regroup);
    return () => {
      map.off('zoomend', regroup);
    };
  }, [map, team, next]);

  useBaseLayers(map, { villages, roads });

  // Every idle (after the route, then again after roads or villages arrive) refreshes the
  // picture, so what prints is what the screen shows.
  useEffect(() => {
    if (!map) return;
    const idle = () => {
      // Not while the print layout is up: the canvas is hidden then (and resized to nothing);
      // the picture taken on screen is the one to print.
      const printing = window.matchMedia('print').matches;
      if (printable && !printing) setPicture(map.getCanvas().toDataURL('image/png'));
      setReady(true);
      onReady.current?.();
    };
    map.on('idle', idle);
    map.triggerRepaint();
    return () => {
      map.off('idle', idle);
    };
  }, [map, printable]);

  return (
    <figure className={`route-map ${className ?? ''}`} data-ready={ready ? 'true' : 'false'}>
      <section ref={containerRef} className="route-map-canvas" aria-label={label} />
      {printable && picture && <img className="route-map-picture" src={picture} alt={label} />}
    </figure>
  );
}
