import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { mapColors } from '../theme/colors';
import { boundaryLine } from './boundary-line';

// The public form's small map (public/location-picker.tsx): the commune lit up as the place to
// tap, its villages with their names to find one's way, and the place the citizen tapped.

export const pickCommuneSourceId = 'pick-commune';
export const pickVillagesSourceId = 'pick-villages';
export const pickVillageLabelsSourceId = 'pick-village-labels';
export const pickPointSourceId = 'pick-point';
export const pickPointLayerId = 'pick-point';

/** The tapped place: magenta, a colour nothing else on this map uses, ringed in white. */
export const pickColors = { inside: '#FFFFFF', point: '#C2185B', pointHalo: '#FFFFFF' } as const;

const communeFill: FillLayerSpecification = {
  id: 'pick-commune-fill',
  type: 'fill',
  source: pickCommuneSourceId,
  paint: { 'fill-color': pickColors.inside, 'fill-opacity': 0.75 },
};

const villageOutline = boundaryLine('pick-villages-outline', pickVillagesSourceId, {
  'line-color': mapColors.villageOutline,
  'line-width': 0.8,
});

const communeHalo = boundaryLine('pick-commune-halo', pickCommuneSourceId, {
  'line-color': mapColors.communeHalo,
  'line-width': 6,
  'line-opacity': 0.8,
});

const communeOutline = boundaryLine('pick-commune-outline', pickCommuneSourceId, {
  'line-color': mapColors.communeOutline,
  'line-width': 2.5,
});

const villageLabel: SymbolLayerSpecification = {
  id: 'pick-villages-label',
  type: 'symbol',
  source: pickVillageLabelsSourceId,
  layout: {
    'text-field': ['get', 'name'],
    'text-font': ['Noto Sans Regular', 'Noto Sans', 'DejaVu Sans'],
    'text-size': ['interpolate', ['linear'], ['zoom'], 11, 9.5, 13, 12, 16, 15],
    'text-max-width': 7,
    'text-padding': 2,
  },
  paint: {
    'text-color': mapColors.villageLabel,
    'text-halo-color': mapColors.labelHalo,
    'text-halo-width': 1.4,
  },
};

const point: CircleLayerSpecification = {
  id: pickPointLayerId,
  type: 'circle',
  source: pickPointSourceId,
  paint: {
    'circle-radius': 9,
    'circle-color': pickColors.point,
    'circle-stroke-color': pickColors.pointHalo,
    'circle-stroke-width': 3,
  },
};

export const pickSourceIds = [
  pickCommuneSourceId,
  pickVillagesSourceId,
  pickVillageLabelsSourceId,
  pickPointSourceId,
] as const;

export const pickLayers: LayerSpecification[] = [
  communeFill,
  villageOutline,
  communeHalo,
  communeOutline,
  villageLabel,
  point,
];
