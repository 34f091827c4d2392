import type { FeatureCollection } from 'geojson';
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  GeoJSONSource,
  Map as MapLibreMap,
} from 'maplibre-gl';
import { villageOutlineLayerId } from '../map/layers';
import { hotSpotColors, noBusinessesColor, scoreColor } from '../theme/risk-colors';

// The risk views drawn as areas: the risk surface's cells, the villages by their businesses'
// mean score, and the Gi* hot spots. Each is one GeoJSON source with a fill and an outline,
// put under the village outlines so village borders, roads and names stay readable on top.

export type AreaView = 'cells' | 'villages' | 'hotspots';

const fillId = (view: AreaView) => `risk-${view}-fill`;
const lineId = (view: AreaView) => `risk-${view}-line`;
const sourceId = (view: AreaView) => `risk-${view}`;

export const riskCellFillLayerId = fillId('cells');
export const villageRiskFillLayerId = fillId('villages');
export const hotSpotFillLayerId = fillId('hotspots');

const hotSpotColor = [
  'match',
  ['get', 'class'],
  ...Object.entries(hotSpotColors).flat(),
  hotSpotColors['not-significant'],
] as unknown as ExpressionSpecification;

const paints: Record<
  AreaView,
  {
    color: ExpressionSpecification;
    opacity: DataDrivenPropertyValueSpecification<number>;
    line: string;
    lineWidth: number;
  }
> = {
  cells: {
    color: scoreColor(['get', 'riskScore']),
    // Cells scoring nothing stay faint, so the streets show through where there is no risk.
    opacity: [
      'interpolate',
      ['linear'],
      ['zoom'],
      12,
      ['case', ['==', ['get', 'riskScore'], 0], 0.3, 0.8],
      16,
      ['case', ['==', ['get', 'riskScore'], 0], 0.2, 0.55],
    ],
    line: '#ffffff',
    lineWidth: 0.6,
  },
  villages: {
    color: [
      'case',
      ['==', ['get', 'meanScore'], null],
      noBusinessesColor,
      scoreColor(['to-number', ['get', 'meanScore']]),
    ],
    opacity: ['case', ['==', ['get', 'meanScore'], null], 0.85, 0.75],
    line: '#3b3f46',
    lineWidth: 1.2,
  },
  hotspots: {
    color: hotSpotColor,
    opacity: ['case', ['==', ['get', 'class'], 'not-significant'], 0.35, 0.8],
    line: '#ffffff',
    lineWidth: 0.6,
  },
};

function addLayers(map: MapLibreMap, view: AreaView) {
  map.addSource(sourceId(view), {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  const below = map.getLayer(villageOutlineLayerId) ? villageOutlineLayerId : undefined;
  const paint = paints[view];
  map.addLayer(
    {
      id: fillId(view),
      type: 'fill',
      source: sourceId(view),
      paint: { 'fill-color': paint.color, 'fill-opacity': paint.opacity },
    },
    below,
  );
  map.addLayer(
    {
      id: lineId(view),
      type: 'line',
      source: sourceId(view),
      paint: { 'line-color': paint.line, 'line-width': paint.lineWidth, 'line-opacity': 0.8 },
    },
    below,
  );
}

/** Puts a view's areas on the map (adding its layers the first time) and shows or hides them. */
export function showAreas(
  map: MapLibreMap,
  view: AreaView,
  data: FeatureCollection | null,
  visible: boolean,
) {
  if (!map.getSource(sourceId(view))) {
    if (!data) return;
    addLayers(map, view);
  }
  if (data) void map.getSource<GeoJSONSource>(sourceId(view))?.setData(data);
  for (const id of [fillId(view), lineId(view)]) {
    map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }
}

export function removeAreas(map: MapLibreMap) {
  for (const view of ['cells', 'villages', 'hotspots'] as const) {
    for (const id of [lineId(view), fillId(view)]) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(sourceId(view))) map.removeSource(sourceId(view));
  }
}
