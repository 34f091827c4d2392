import { covers as coversWithin } from '@ntm/domain/geo/point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A ring's points are on the edge at this distance in degrees (about 1 cm). */
const onEdgeDegrees = 1e-7;

/** Whether a polygon covers the point: inside or on its boundary, not in a hole. */
export const covers = (geometry: Polygon | MultiPolygon, point: Position) =>
  coversWithin(geometry, point, onEdgeDegrees);

/**
 * The village a position belongs to, by the server's rule: the village covering it, and on a
 * boundary shared by several the one with the lowest id. Null outside every village.
 */
export function villageAt(
  villages: ReadonlyArray<{ id: number; geometry: Polygon | MultiPolygon }>,
  point: Position,
): number | null {
  let found: number | null = null;
  for (const village of villages) {
    if ((found === null || village.id < found) && covers(village.geometry, point))
      found = village.id;
  }
  return found;
}
