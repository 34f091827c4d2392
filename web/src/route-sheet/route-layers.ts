import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { PlanTeam } from '../api/route-plan-client';
import { routeColors } from '../theme/colors';
import { crowdedGroups, groupCentre, stopNumbersLabel } from './crowded-stops';

// One team's route as MapLibre data and layers (STYLE.md §12: styling is data, components only
// wire sources to layers). Stops carry their number, whether they are done and whether they
// are the next one; the start (the police station) is stop 0.

export const routeSourceId = 'team-route';
export const stopsSourceId = 'team-route-stops';
const stopCircleLayerId = 'team-route-stops';

type StopState = 'todo' | 'next' | 'done';
type StopProperties = { seq: number; label: string; name: string; state: StopState | 'start' };

const font = ['Noto Sans Bold', 'Noto Sans', 'DejaVu Sans'];

/** The numbers on the stops' circles, on the team's map and in the planner. */
export const stopNumbersLayout: SymbolLayerSpecification['layout'] = {
  'text-field': ['get', 'label'],
  'text-font': font,
  // A group's label ("3–6, 13") in smaller type, to stay inside its circle.
  'text-size': ['case', ['>', ['length', ['get', 'label']], 3], 10, 12],
  'text-allow-overlap': true,
  'text-ignore-placement': true,
};

export const routeLayers: LayerSpecification[] = [
  {
    id: 'team-route-casing',
    type: 'line',
    source: routeSourceId,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': routeColors.casing, 'line-width': 7 },
  },
  {
    id: 'team-route-line',
    type: 'line',
    source: routeSourceId,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': routeColors.line, 'line-width': 3.5 },
  },
  {
    id: stopCircleLayerId,
    type: 'circle',
    source: stopsSourceId,
    paint: {
      // A group's label ("10–13") is wider than one number: the circle grows with it.
      'circle-radius': [
        'case',
        ['==', ['get', 'state'], 'start'],
        7,
        ['min', 17, ['max', 11, ['*', 3.4, ['length', ['get', 'label']]]]],
      ],
      'circle-color': [
        'match',
        ['get', 'state'],
        'next',
        routeColors.next,
        'done',
        routeColors.done,
        'start',
        routeColors.start,
        routeColors.stop,
      ],
      'circle-stroke-color': routeColors.stopRing,
      'circle-stroke-width': ['case', ['==', ['get', 'state'], 'next'], 3, 1.5],
    },
  },
  {
    id: 'team-route-stop-numbers',
    type: 'symbol',
    source: stopsSourceId,
    filter: ['!=', ['get', 'state'], 'start'],
    layout: stopNumbersLayout,
    paint: { 'text-color': routeColors.stopText },
  },
];

export function routeLine(team: PlanTeam): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: team.geometry ? [{ type: 'Feature', properties: {}, geometry: team.geometry }] : [],
  };
}

/** Markers closer than this on screen are drawn as one (a marker is 22 px across). */
export const crowdedPixels = 24;

/**
 * The start, then the stops; `next` is the seq of the stop to go to now (null: none left).
 * Stops whose markers would overlap at `zoom` are one marker labelled "10–13".
 */
export function stopPoints(
  team: PlanTeam,
  next: number | null,
  zoom: number,
): FeatureCollection<Point, StopProperties> {
  const start: Feature<Point, StopProperties> = {
    type: 'Feature',
    properties: { seq: 0, label: '', name: '', state: 'start' },
    geometry: { type: 'Point', coordinates: [...team.start] },
  };
  const stops = crowdedGroups(team.stops, zoom, crowdedPixels).map(
    (group): Feature<Point, StopProperties> => {
      const state: StopState = group.some((s) => !s.done && s.seq === next)
        ? 'next'
        : group.every((s) => s.done)
          ? 'done'
          : 'todo';
      return {
        type: 'Feature',
        properties: {
          seq: group[0]?.seq ?? 0,
          label: stopNumbersLabel(group.map((s) => s.seq)),
          name: group.map((s) => s.name).join(', '),
          state,
        },
        geometry: { type: 'Point', coordinates: groupCentre(group) },
      };
    },
  );
  // Drawn in order, so a later number lies over an earlier one where they still touch.
  return { type: 'FeatureCollection', features: [start, ...stops] };
}

/** The box around the route and its stops, `[[minLng, minLat], [maxLng, maxLat]]`. */
export function routeBounds(team: PlanTeam): [[number, number], [number, number]] {
  const points = [
    team.start,
    ...team.stops.map((s) => s.lngLat),
    ...(team.geometry?.coordinates ?? []),
  ];
  const lngs = points.map((p) => p[0] as number);
  const lats = points.map((p) => p[1] as number);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
}
