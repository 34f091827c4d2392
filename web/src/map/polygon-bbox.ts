import type { MultiPolygon, Polygon } from 'geojson';
import type { BBox } from '../api/geo-client';

/**
 * The [minLng, minLat, maxLng, maxLat] of a polygon's outer rings (holes lie inside them), or
 * null for a polygon with no coordinates. Planar: villages never cross the antimeridian.
 */
export function polygonBbox(geometry: Polygon | MultiPolygon): BBox | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let minLng = Number.POSITIVE_INFINITY;
  let minLat = Number.POSITIVE_INFINITY;
  let maxLng = Number.NEGATIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const [outer = []] of polygons) {
    for (const [lng = Number.NaN, lat = Number.NaN] of outer) {
      if (lng < minLng) minLng = lng;
      if (lng > maxLng) maxLng = lng;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return minLng <= maxLng && minLat <= maxLat ? [minLng, minLat, maxLng, maxLat] : null;
}
