import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  GeoJSONSource,
  LayerSpecification,
  LineLayerSpecification,
  Map as MapLibreMap,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { BusinessRisk } from '../api/risk-client';
import { crowdedGroups, groupCentre, stopNumbersLabel } from '../route-sheet/crowded-stops';
import { crowdedPixels, stopNumbersLayout } from '../route-sheet/route-layers';
import { teamColor, unfittedColor } from '../theme/team-colors';
import type { Area } from './plan-body';
import type { LngLat, PlanView } from './plan-view';

// The planner's layers: each team's route in its colour (a dashed straight line between stops
// while an edited order is unsaved, since the road line belongs to the stored order), numbered
// stops, each team's start, the unfitted premises in grey, and before a plan the premises the
// form selects plus the rectangle drawn to select them.

const sources = {
  lines: 'route-plan-lines',
  stops: 'route-plan-stops',
  starts: 'route-plan-starts',
  unfitted: 'route-plan-unfitted',
  candidates: 'route-plan-candidates',
  area: 'route-plan-area',
} as const;

const font = ['Noto Sans Bold', 'Noto Sans', 'DejaVu Sans Bold'];
const colorOf = ['get', 'color'] as unknown as string;

const areaFill: FillLayerSpecification = {
  id: 'route-plan-area-fill',
  type: 'fill',
  source: sources.area,
  paint: { 'fill-color': '#0b63b6', 'fill-opacity': 0.08 },
};
const areaLine: LineLayerSpecification = {
  id: 'route-plan-area-line',
  type: 'line',
  source: sources.area,
  paint: { 'line-color': '#0b63b6', 'line-width': 2, 'line-dasharray': [3, 2] },
};
const candidates: CircleLayerSpecification = {
  id: 'route-plan-candidates',
  type: 'circle',
  source: sources.candidates,
  paint: {
    'circle-radius': 4,
    'circle-color': '#525a69',
    'circle-opacity': 0.55,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1,
  },
};
const lineCasing: LineLayerSpecification = {
  id: 'route-plan-line-casing',
  type: 'line',
  source: sources.lines,
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.9 },
};
const roadLine: LineLayerSpecification = {
  id: 'route-plan-line',
  type: 'line',
  source: sources.lines,
  filter: ['!', ['get', 'changed']],
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: { 'line-color': colorOf, 'line-width': 4 },
};
const changedLine: LineLayerSpecification = {
  id: 'route-plan-line-changed',
  type: 'line',
  source: sources.lines,
  filter: ['get', 'changed'],
  layout: { 'line-join': 'round' },
  paint: { 'line-color': colorOf, 'line-width': 3.5, 'line-dasharray': [2, 1.5] },
};
const unfitted: CircleLayerSpecification = {
  id: 'route-plan-unfitted',
  type: 'circle',
  source: sources.unfitted,
  paint: {
    'circle-radius': 6,
    'circle-color': unfittedColor,
    'circle-opacity': 0.6,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5,
  },
};
const starts: SymbolLayerSpecification = {
  id: 'route-plan-starts',
  type: 'symbol',
  source: sources.starts,
  layout: {
    'text-field': '★',
    'text-font': font,
    'text-size': 26,
    'text-allow-overlap': true,
    'icon-allow-overlap': true,
  },
  paint: { 'text-color': colorOf, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
};
const stopCircles: CircleLayerSpecification = {
  id: 'route-plan-stop-circles',
  type: 'circle',
  source: sources.stops,
  paint: {
    // A group's label ("10–13") is wider than one number: the circle grows with it.
    'circle-radius': ['min', 17, ['max', 10, ['*', 3.4, ['length', ['get', 'label']]]]],
    'circle-color': colorOf,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 2,
  },
};
const stopNumbers: SymbolLayerSpecification = {
  id: 'route-plan-stop-numbers',
  type: 'symbol',
  source: sources.stops,
  layout: stopNumbersLayout,
  // White on every team colour but yellow, which takes black.
  paint: { 'text-color': ['case', ['get', 'lightColor'], '#000000', '#ffffff'] },
};

const layers: LayerSpecification[] = [
  areaFill,
  areaLine,
  candidates,
  lineCasing,
  roadLine,
  changedLine,
  unfitted,
  stopCircles,
  stopNumbers,
  starts,
];

const collection = <G extends Point | LineString | Polygon>(
  features: Feature<G>[],
): FeatureCollection<G> => ({ type: 'FeatureCollection', features });

const point = (coordinates: LngLat, properties: Record<string, unknown>): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});

export type RoutePlanLayerData = {
  view: PlanView | null;
  candidates: readonly BusinessRisk[];
  area: Area | null;
};

/** Adds the planner's sources and layers once, then replaces their data. */
export function showRoutePlan(map: MapLibreMap, data: RoutePlanLayerData) {
  for (const id of Object.values(sources)) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: collection([]) });
  }
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer);
  const set = (id: string, fc: FeatureCollection) =>
    void map.getSource<GeoJSONSource>(id)?.setData(fc);
  const teams = data.view?.teams ?? [];
  set(
    sources.lines,
    collection(
      teams.flatMap((team): Feature<LineString>[] => {
        const coordinates =
          team.line ??
          (team.stops.length > 0
            ? [team.start, ...team.stops.flatMap((s) => (s.lngLat ? [s.lngLat] : [])), team.start]
            : null);
        if (!coordinates) return [];
        return [
          {
            type: 'Feature',
            geometry: { type: 'LineString', coordinates },
            properties: { team: team.index, color: teamColor(team.index), changed: !team.line },
          },
        ];
      }),
    ),
  );
  // Per team, the stops whose markers would overlap at this zoom are one marker ("10–13").
  const zoom = map.getZoom();
  set(
    sources.stops,
    collection(
      teams.flatMap((team) =>
        crowdedGroups(
          team.stops.flatMap((s) => (s.lngLat ? [{ ...s, lngLat: s.lngLat }] : [])),
          zoom,
          crowdedPixels,
        ).map((group) =>
          point(groupCentre(group), {
            team: team.index,
            seq: group[0]?.seq ?? 0,
            label: stopNumbersLabel(group.map((s) => s.seq)),
            name: group.map((s) => s.name).join(', '),
            color: teamColor(team.index),
            lightColor: teamColor(team.index) === '#F0E442',
          }),
        ),
      ),
    ),
  );
  set(
    sources.starts,
    collection(teams.map((t) => point(t.start, { team: t.index, color: teamColor(t.index) }))),
  );
  set(
    sources.unfitted,
    collection(
      (data.view?.unfitted ?? []).flatMap((u) =>
        u.lngLat ? [point(u.lngLat, { id: u.businessId, name: u.name })] : [],
      ),
    ),
  );
  // The selection is shown only until there is a plan, which then speaks for itself.
  set(
    sources.candidates,
    collection(
      data.view
        ? []
        : data.candidates.map((b) =>
            point(b.geometry.coordinates as LngLat, { id: b.properties.id }),
          ),
    ),
  );
  const a = data.area;
  set(
    sources.area,
    collection(
      a
        ? [
            {
              type: 'Feature',
              geometry: { type: 'Polygon', coordinates: [a] },
              properties: {},
            },
          ]
        : [],
    ),
  );
}

/** Every place the plan visits, to fit the camera to. */
export function planBounds(view: PlanView): [LngLat, LngLat] | null {
  const points = view.teams.flatMap((t) => [
    t.start,
    ...t.stops.flatMap((s) => (s.lngLat ? [s.lngLat] : [])),
  ]);
  if (points.length === 0) return null;
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
}
