import 'maplibre-gl/dist/maplibre-gl.css';
import '../map/maplibre-worker';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent, MapTouchEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { AppConfig } from '../api/geo-types';
import { type BaseMapData, useBaseLayers, useSmallMap, whenIdle } from '../map/small-map';
import type { Area } from './plan-body';
import { planBounds, type RoutePlanLayerData, showRoutePlan } from './route-plan.layer';

interface PlannerMapProps extends RoutePlanLayerData {
  config: AppConfig;
  base: BaseMapData;
  /** The plan and layout on show; the camera fits each new one once. */
  planKey: string | null;
  label: string;
  /** Drawing a selection rectangle: a drag draws instead of panning. */
  drawing: boolean;
  onArea: (area: Area) => void;
}

/**
 * The planner's map, with the main map's style (map/style.ts) and the planner's own layers
 * (route-plan.layer.ts). `data-ready` turns true at the first idle after the plan is drawn,
 * for the end-to-end test.
 */
export function PlannerMap(props: PlannerMapProps) {
  const { config, base, view, candidates, area, planKey, drawing } = props;
  const { containerRef, map } = useSmallMap(config, { minZoom: 9 });
  const [ready, setReady] = useState(false);
  const onArea = useRef(props.onArea);
  onArea.current = props.onArea;

  useBaseLayers(map, base);

  useEffect(() => {
    if (!map) return;
    setReady(false);
    showRoutePlan(map, { view, candidates, area });
    return whenIdle(map, () => setReady(true));
  }, [map, view, candidates, area]);

  // Stops crowd or part as the planner zooms: the markers are regrouped after each zoom.
  const latest = useRef({ view, candidates, area });
  latest.current = { view, candidates, area };
  useEffect(() => {
    if (!map) return;
    const regroup = () => showRoutePlan(map, latest.current);
    map.on('zoomend', regroup);
    return () => {
      map.off('zoomend', regroup);
    };
  }, [map]);

  // A new plan: show all of it. Edits of the same plan keep the camera where the planner put it.
  const fitted = useRef<string | null>(null);
  useEffect(() => {
    if (!map || !view || !planKey || fitted.current === planKey) return;
    fitted.current = planKey;
    // The page may just have changed its layout (the form folds when a plan arrives): size
    // the canvas to its box first, or the fit is computed for the old size.
    map.resize();
    const bounds = planBounds(view);
    if (bounds) map.fitBounds(bounds, { padding: 40, duration: 0, maxZoom: 16 });
  }, [map, view, planKey]);

  useEffect(() => {
    if (!map || !drawing) return;
    return drawLasso(map, (a) => onArea.current(a));
  }, [map, drawing]);

  return (
    <section
      ref={containerRef}
      className={`planner-map${drawing ? ' is-drawing' : ''}`}
      aria-label={props.label}
      data-ready={ready ? 'true' : 'false'}
    />
  );
}

/** A new lasso point only after the pointer moved this far: a smooth outline, not thousands. */
const lassoStepPixels = 6;

/**
 * While on, a press-and-drag (mouse or one finger) draws a freehand lasso instead of moving
 * the map; releasing closes it and reports its outline. Returns the function that turns it off.
 */
function drawLasso(map: MapLibreMap, onDone: (area: Area) => void): () => void {
  map.dragPan.disable();
  let ring: [number, number][] | null = null;
  let last: { x: number; y: number } | null = null;
  const closed = (points: [number, number][]) => [...points, points[0] as [number, number]];
  const show = () => {
    const source = map.getSource<GeoJSONSource>('route-plan-area');
    if (!source || !ring || ring.length < 2) return;
    void source.setData({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [closed(ring)] },
      properties: {},
    });
  };
  const down = (e: MapMouseEvent | MapTouchEvent) => {
    e.preventDefault();
    ring = [[e.lngLat.lng, e.lngLat.lat]];
    last = e.point;
  };
  const move = (e: MapMouseEvent | MapTouchEvent) => {
    if (!ring || !last) return;
    if (Math.hypot(e.point.x - last.x, e.point.y - last.y) < lassoStepPixels) return;
    ring.push([e.lngLat.lng, e.lngLat.lat]);
    last = e.point;
    show();
  };
  const up = () => {
    const points = ring;
    ring = null;
    last = null;
    // Three corners at least, or it encloses nothing.
    if (points && points.length >= 3) onDone(closed(points));
  };
  // The mouse and one finger draw alike.
  const listeners = [
    ['mousedown', down],
    ['mousemove', move],
    ['mouseup', up],
    ['touchstart', down],
    ['touchmove', move],
    ['touchend', up],
  ] as const;
  for (const [type, listener] of listeners) map.on(type, listener);
  return () => {
    for (const [type, listener] of listeners) map.off(type, listener);
    map.dragPan.enable();
  };
}
