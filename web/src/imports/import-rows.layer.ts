import { type RowVerdict, rowVerdicts } from '@ntm/api/imports/contract';
import type { FeatureCollection } from 'geojson';
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  GeoJSONSource,
  LayerSpecification,
  LineLayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';
import type { RowFeatures } from '../api/import-client';
import { selectedRowColor, verdictColors } from '../theme/import-colors';

// The import preview's layers: every row with a geometry (GET /api/imports/{id}/rows.geojson)
// coloured by verdict — points as dots, boundaries and key areas as light fills with a line —
// and a ring around the row picked in the table.

const source = 'import-rows';
const selectedSource = 'import-rows-selected';

const colorByVerdict = [
  'match',
  ['get', 'verdict'],
  ...rowVerdicts.flatMap((v) => [v, verdictColors[v]]),
  verdictColors.unchanged,
] as unknown as ExpressionSpecification;

const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isArea: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];

const fill: FillLayerSpecification = {
  id: 'import-rows-fill',
  type: 'fill',
  source,
  filter: isArea,
  paint: { 'fill-color': colorByVerdict, 'fill-opacity': 0.22 },
};
const line: LineLayerSpecification = {
  id: 'import-rows-line',
  type: 'line',
  source,
  filter: ['any', isArea, isLine],
  paint: { 'line-color': colorByVerdict, 'line-width': 2 },
};
const dots: CircleLayerSpecification = {
  id: 'import-rows-points',
  type: 'circle',
  source,
  filter: isPoint,
  paint: {
    'circle-color': colorByVerdict,
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 4, 16, 8],
    'circle-stroke-color': '#FFFFFF',
    'circle-stroke-width': 1.5,
  },
};
const selectedRing: CircleLayerSpecification = {
  id: 'import-rows-selected',
  type: 'circle',
  source: selectedSource,
  paint: {
    'circle-color': 'rgba(0,0,0,0)',
    'circle-radius': 14,
    'circle-stroke-color': selectedRowColor,
    'circle-stroke-width': 3,
  },
};

const layers: LayerSpecification[] = [fill, line, dots, selectedRing];
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Adds the sources and layers once, then shows the rows of one verdict (or all). */
export function showImportRows(
  map: MapLibreMap,
  rows: RowFeatures | null,
  verdict: RowVerdict | null,
): void {
  for (const id of [source, selectedSource]) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: empty });
  }
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer);
  void map.getSource<GeoJSONSource>(source)?.setData(rows ?? empty);
  const only: ExpressionSpecification | null = verdict ? ['==', ['get', 'verdict'], verdict] : null;
  map.setFilter(fill.id, only ? ['all', isArea, only] : isArea);
  map.setFilter(line.id, only ? ['all', ['any', isArea, isLine], only] : ['any', isArea, isLine]);
  map.setFilter(dots.id, only ? ['all', isPoint, only] : isPoint);
}

/** Rings the picked row (a point: its position; an area: its label point). */
export function showSelectedRow(map: MapLibreMap, at: [number, number] | null): void {
  void map.getSource<GeoJSONSource>(selectedSource)?.setData(
    at
      ? {
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: {} },
          ],
        }
      : empty,
  );
}

/** The bounds of every row drawn, to fit the camera to the file. */
export function rowsBounds(rows: RowFeatures): [[number, number], [number, number]] | null {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      minLng = Math.min(minLng, value[0]);
      maxLng = Math.max(maxLng, value[0]);
      minLat = Math.min(minLat, value[1]);
      maxLat = Math.max(maxLat, value[1]);
      return;
    }
    for (const item of value) visit(item);
  };
  for (const feature of rows.features) {
    const geometry = feature.geometry;
    if (geometry && 'coordinates' in geometry) visit(geometry.coordinates);
  }
  return Number.isFinite(minLng)
    ? [
        [minLng, minLat],
        [maxLng, maxLat],
      ]
    : null;
}
