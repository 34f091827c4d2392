import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox } from '../api/geo-client';

/**
 * The [minLng, minLat, maxLng, maxLat] around some points, or null for none. Planar: the
 * commune never crosses the antimeridian.
 */
export function pointsBbox(points: Iterable<Position>): BBox | null {
  let minLng = Number.POSITIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLng = Number.NEGATIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const [lng = Number.NaN, lat = Number.NaN] of points) {
    if (lng < minLng) minLng = lng;
    if (lng > maxLng) maxLng = lng;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  return minLng <= maxLng && minLat <= maxLat ? [minLng, minLat, maxLng, maxLat] : null;
}

/**
 * The bbox of a polygon's outer rings (holes lie inside them), or null for a polygon with no
 * coordinates.
 */
export function polygonBbox(geometry: Polygon | MultiPolygon): BBox | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return pointsBbox(polygons.flatMap(([outer = []]) => outer));
}
