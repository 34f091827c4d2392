import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import {
  businessStatuses,
  type KeyAreaKind,
  keyAreaKinds,
  type RoadClass,
  roadClasses,
} from '../api/geo-types';
import {
  businessStatusStyle,
  businessTypeColors,
  keyAreaColors,
  keyAreaDashes,
  mapColors,
  roadColors,
  villageFallbackFill,
} from '../theme/colors';
import { boundaryLine } from './boundary-line';
import { byRoadClass, byStatus, match, matchBy, roadWidth } from './style-expressions';

// Every layer of the commune map, as data, bottom to top. Components only wire sources to these.

export const communeSourceId = 'commune';
export const villagesSourceId = 'villages';
export const villageLabelsSourceId = 'village-labels';
export const keyAreasSourceId = 'key-areas';
export const roadsSourceId = 'roads';
export const businessesSourceId = 'businesses';

/** The data sources that must have loaded before the map counts as ready. */
export const dataSourceIds = [
  communeSourceId,
  villagesSourceId,
  villageLabelsSourceId,
  keyAreasSourceId,
  roadsSourceId,
  businessesSourceId,
] as const;

export const villageFillLayerId = 'villages-fill';
export const villageOutlineLayerId = 'villages-outline';
export const villageLabelLayerId = 'villages-label';
export const villageLayerIds = [villageFillLayerId, villageOutlineLayerId, villageLabelLayerId];

/** A village head's own village: the others veiled, theirs outlined. Hidden for other roles. */
export const otherVillagesVeilLayerId = 'villages-others-veil';
export const ownVillageHaloLayerId = 'villages-own-halo';
export const ownVillageOutlineLayerId = 'villages-own-outline';

export const roadCasingLayerId = 'roads-casing';
export const roadLineLayerId = 'roads-line';
export const roadLabelLayerId = 'roads-label';
export const roadLayerIds = [roadCasingLayerId, roadLineLayerId, roadLabelLayerId];

export const communeHaloLayerId = 'commune-outline-halo';
export const communeOutlineLayerId = 'commune-outline';

export const businessClusterLayerId = 'businesses-clusters';
export const businessClusterCountLayerId = 'businesses-cluster-count';
export const businessPointLayerId = 'businesses-points';
/** What a click or a test query on "businesses" means: single points and clusters. */
export const businessLayerIds = [businessPointLayerId, businessClusterLayerId];

/** Each key-area kind has its own fill, line and point layers so it can be toggled alone. */
export function keyAreaLayerIdsOf(kind: KeyAreaKind): string[] {
  return [`key-areas-${kind}-fill`, `key-areas-${kind}-line`, `key-areas-${kind}-point`];
}
export const keyAreaLayerIds = keyAreaKinds.flatMap(keyAreaLayerIdsOf);

/** Businesses are clustered up to this zoom, by the server's tiles as by the GeoJSON source. */
export { businessClusterMaxZoom } from '@ntm/db/queries/tiles';
export const businessClusterRadiusPixels = 44;

const isAreal: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLinear: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isCluster: ExpressionSpecification = ['has', 'point_count'];

// Text is drawn locally by MapLibre (TinySDF) from these CSS font families, because the style
// has no `glyphs` URL: works offline and shapes Vietnamese diacritics as the browser does.
const regularFont = ['Noto Sans Regular', 'Noto Sans', 'DejaVu Sans'];
const boldFont = ['Noto Sans Bold', 'Noto Sans', 'DejaVu Sans'];

/** Village fill colour by former commune; the pairs come from `formerCommuneColors`. */
export function villageFillColor(
  colors: readonly { name: string; color: string }[],
): ExpressionSpecification | string {
  if (colors.length === 0) return villageFallbackFill;
  return match(
    ['coalesce', ['get', 'formerCommune'], ''],
    colors.map(({ name, color }) => [name, color] as const),
    villageFallbackFill,
  );
}

const villageFill: FillLayerSpecification = {
  id: villageFillLayerId,
  type: 'fill',
  source: villagesSourceId,
  paint: {
    'fill-color': villageFallbackFill,
    'fill-opacity': ['interpolate', ['linear'], ['zoom'], 11, 0.6, 16, 0.35],
    'fill-antialias': false,
  },
};

const villageOutline = boundaryLine(villageOutlineLayerId, villagesSourceId, {
  'line-color': mapColors.villageOutline,
  'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.6, 16, 1.6],
});

const villageLabel: SymbolLayerSpecification = {
  id: villageLabelLayerId,
  type: 'symbol',
  source: villageLabelsSourceId,
  minzoom: 11,
  layout: {
    'text-field': ['get', 'name'],
    'text-font': regularFont,
    'text-size': ['interpolate', ['linear'], ['zoom'], 11, 10, 13, 12.5, 16, 16],
    'text-max-width': 8,
    'text-padding': 4,
  },
  paint: {
    'text-color': mapColors.villageLabel,
    'text-halo-color': mapColors.labelHalo,
    'text-halo-width': 1.6,
    'text-halo-blur': 0.3,
  },
};

function keyAreaLayers(kind: KeyAreaKind): LayerSpecification[] {
  const [fillId, lineId, pointId] = keyAreaLayerIdsOf(kind) as [string, string, string];
  const ofKind: ExpressionSpecification = ['==', ['get', 'kind'], kind];
  const { fill, line } = keyAreaColors[kind];
  const dashes = keyAreaDashes[kind];
  const fillLayer: FillLayerSpecification = {
    id: fillId,
    type: 'fill',
    source: keyAreasSourceId,
    filter: ['all', ofKind, isAreal],
    paint: { 'fill-color': fill, 'fill-opacity': 0.22, 'fill-antialias': false },
  };
  const lineLayer: LineLayerSpecification = {
    id: lineId,
    type: 'line',
    source: keyAreasSourceId,
    filter: ['all', ofKind, ['any', isAreal, isLinear]],
    layout: { 'line-join': 'round', 'line-cap': dashes ? 'butt' : 'round' },
    paint: {
      'line-color': line,
      // A key area drawn as a line (a route) is the feature itself, so it is drawn heavier.
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        11,
        ['case', isLinear, 3, 1.5],
        16,
        ['case', isLinear, 7, 3],
      ],
      'line-opacity': 0.9,
      ...(dashes ? { 'line-dasharray': ['literal', dashes] as ExpressionSpecification } : {}),
    },
  };
  const pointLayer: CircleLayerSpecification = {
    id: pointId,
    type: 'circle',
    source: keyAreasSourceId,
    filter: ['all', ofKind, isPoint],
    paint: {
      'circle-color': fill,
      'circle-opacity': 0.35,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 8, 16, 18],
      'circle-stroke-color': line,
      'circle-stroke-width': 2,
    },
  };
  return [fillLayer, lineLayer, pointLayer];
}

const noVillage: FilterSpecification = ['==', ['get', 'id'], '__none__'];

/**
 * A layer of a village head's own-village view: hidden, and matching no village, until the map
 * sets its filter from `ownVillageFilters` and shows it.
 */
function untilOwnVillage<Layer extends FillLayerSpecification | LineLayerSpecification>(
  layer: Layer,
): Layer {
  return { ...layer, filter: noVillage, layout: { ...layer.layout, visibility: 'none' } };
}

/** Ids may arrive as numbers or strings; compared as strings so either matches. */
function sameVillage(villageId: number | string): ExpressionSpecification {
  return ['==', ['to-string', ['get', 'id']], String(villageId)];
}

/** Filters for the own-village layers, given the village id of the signed-in village head. */
export function ownVillageFilters(villageId: number | string): {
  others: FilterSpecification;
  own: FilterSpecification;
} {
  return { others: ['!', sameVillage(villageId)], own: sameVillage(villageId) };
}

const otherVillagesVeil = untilOwnVillage<FillLayerSpecification>({
  id: otherVillagesVeilLayerId,
  type: 'fill',
  source: villagesSourceId,
  paint: {
    'fill-color': mapColors.otherVillagesVeil,
    'fill-opacity': 0.55,
    'fill-antialias': false,
  },
});

const ownVillageHalo = untilOwnVillage(
  boundaryLine(ownVillageHaloLayerId, villagesSourceId, {
    'line-color': mapColors.ownVillageHalo,
    'line-width': 7,
    'line-opacity': 0.9,
  }),
);

const ownVillageOutline = untilOwnVillage(
  boundaryLine(ownVillageOutlineLayerId, villagesSourceId, {
    'line-color': mapColors.ownVillage,
    'line-width': 3.5,
  }),
);

/** A road drawn by class: its casing (wider, below) or its line, sorted major roads on top. */
function roadStroke(
  id: string,
  color: (roadClass: RoadClass) => string,
  fallback: string,
  extraPixels: number,
): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source: roadsSourceId,
    layout: {
      'line-join': 'round',
      'line-cap': 'round',
      'line-sort-key': byRoadClass((c) => roadClasses.length - roadClasses.indexOf(c), 0),
    },
    paint: { 'line-color': byRoadClass(color, fallback), 'line-width': roadWidth(extraPixels) },
  };
}

const roadCasing = roadStroke(roadCasingLayerId, (c) => roadColors[c].casing, '#999999', 2);
const roadLine = roadStroke(roadLineLayerId, (c) => roadColors[c].line, '#FFFFFF', 0);

const roadLabel: SymbolLayerSpecification = {
  id: roadLabelLayerId,
  type: 'symbol',
  source: roadsSourceId,
  minzoom: 13,
  filter: ['all', ['to-boolean', ['get', 'name']], ['!=', ['get', 'class'], 'village']],
  layout: {
    'symbol-placement': 'line',
    'text-field': ['get', 'name'],
    'text-font': boldFont,
    'text-size': ['interpolate', ['linear'], ['zoom'], 13, 10, 17, 13],
    'text-letter-spacing': 0.05,
  },
  paint: {
    'text-color': mapColors.roadLabel,
    'text-halo-color': mapColors.labelHalo,
    'text-halo-width': 1.5,
  },
};

const communeHalo = boundaryLine(communeHaloLayerId, communeSourceId, {
  'line-color': mapColors.communeHalo,
  'line-width': 7,
  'line-opacity': 0.8,
});

const communeOutline = boundaryLine(communeOutlineLayerId, communeSourceId, {
  'line-color': mapColors.communeOutline,
  'line-width': 2.5,
});

const businessClusters: CircleLayerSpecification = {
  id: businessClusterLayerId,
  type: 'circle',
  source: businessesSourceId,
  filter: isCluster,
  paint: {
    'circle-color': mapColors.cluster,
    'circle-opacity': 0.9,
    'circle-radius': ['step', ['get', 'point_count'], 11, 10, 14, 30, 18, 100, 23],
    'circle-stroke-color': mapColors.clusterStroke,
    'circle-stroke-width': 2,
  },
};

const businessClusterCount: SymbolLayerSpecification = {
  id: businessClusterCountLayerId,
  type: 'symbol',
  source: businessesSourceId,
  filter: isCluster,
  layout: {
    'text-field': ['get', 'point_count_abbreviated'],
    'text-font': boldFont,
    'text-size': 11.5,
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': mapColors.clusterText },
};

const businessPoints: CircleLayerSpecification = {
  id: businessPointLayerId,
  type: 'circle',
  source: businessesSourceId,
  filter: ['!', isCluster],
  layout: {
    // Active businesses are drawn on top of greyed ones where they overlap.
    'circle-sort-key': byStatus((s) => businessStatuses.length - businessStatuses.indexOf(s), 0),
  },
  paint: {
    'circle-color': matchBy('type', businessTypeColors, businessTypeColors.other),
    'circle-opacity': byStatus((s) => businessStatusStyle[s].fillOpacity, 1),
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 5, 16, 8, 18, 10],
    'circle-stroke-color': byStatus((s) => businessStatusStyle[s].stroke, '#000000'),
    'circle-stroke-width': byStatus((s) => businessStatusStyle[s].strokeWidth, 1.5),
  },
};

/** All commune layers, bottom to top (the background and optional basemap go below these). */
export const communeLayers: LayerSpecification[] = [
  villageFill,
  ...keyAreaKinds.map((kind) => keyAreaLayers(kind)[0] as LayerSpecification),
  villageOutline,
  roadCasing,
  roadLine,
  ...keyAreaKinds.flatMap((kind) => keyAreaLayers(kind).slice(1)),
  otherVillagesVeil,
  communeHalo,
  communeOutline,
  ownVillageHalo,
  ownVillageOutline,
  villageLabel,
  roadLabel,
  businessClusters,
  businessClusterCount,
  businessPoints,
];
