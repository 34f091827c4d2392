// GeoJSON geometry → KML 2.2 geometry (WGS 84 only, as KML requires): rings and lines as
// `lng,lat` tuples; Multi* and collections as MultiGeometry.
import type { Geometry, Position } from 'geojson';

const tuples = (positions: Position[]) => positions.map(([x, y]) => `${x},${y}`).join(' ');

const polygon = (rings: Position[][]) => {
  const [outer, ...holes] = rings;
  const inner = holes
    .map(
      (r) =>
        `<innerBoundaryIs><LinearRing><coordinates>${tuples(r)}</coordinates></LinearRing></innerBoundaryIs>`,
    )
    .join('');
  return `<Polygon><outerBoundaryIs><LinearRing><coordinates>${tuples(outer ?? [])}</coordinates></LinearRing></outerBoundaryIs>${inner}</Polygon>`;
};

export function kmlGeometry(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point':
      return `<Point><coordinates>${tuples([geometry.coordinates])}</coordinates></Point>`;
    case 'LineString':
      return `<LineString><coordinates>${tuples(geometry.coordinates)}</coordinates></LineString>`;
    case 'Polygon':
      return polygon(geometry.coordinates);
    case 'MultiPoint':
      return `<MultiGeometry>${geometry.coordinates.map((c) => kmlGeometry({ type: 'Point', coordinates: c })).join('')}</MultiGeometry>`;
    case 'MultiLineString':
      return `<MultiGeometry>${geometry.coordinates.map((c) => kmlGeometry({ type: 'LineString', coordinates: c })).join('')}</MultiGeometry>`;
    case 'MultiPolygon':
      return `<MultiGeometry>${geometry.coordinates.map(polygon).join('')}</MultiGeometry>`;
    case 'GeometryCollection':
      return `<MultiGeometry>${geometry.geometries.map(kmlGeometry).join('')}</MultiGeometry>`;
  }
}

/** Text for an XML element or attribute: &, <, >, quotes escaped; characters XML 1.0 forbids dropped. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
