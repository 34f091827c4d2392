import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A ring's points are on the edge at this distance in degrees (about 1 cm). */
const onEdgeDegrees = 1e-7;

function onSegment([x, y]: Position, [x1, y1]: Position, [x2, y2]: Position): boolean {
  const [ax = 0, ay = 0, bx = 0, by = 0, px = 0, py = 0] = [x1, y1, x2, y2, x, y];
  const length = Math.hypot(bx - ax, by - ay);
  const cross = Math.abs((bx - ax) * (py - ay) - (by - ay) * (px - ax));
  if (length === 0) return Math.hypot(px - ax, py - ay) <= onEdgeDegrees;
  if (cross / length > onEdgeDegrees) return false;
  const dot = (px - ax) * (bx - ax) + (py - ay) * (by - ay);
  return dot >= -onEdgeDegrees && dot <= length * length + onEdgeDegrees;
}

/** 'in', 'out' or 'edge' (on the ring itself), by ray casting. */
function ringSide(point: Position, ring: Position[]): 'in' | 'out' | 'edge' {
  const [px = 0, py = 0] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    if (onSegment(point, a, b)) return 'edge';
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside ? 'in' : 'out';
}

/** Whether a polygon covers the point: inside or on its boundary, not in a hole. */
export function covers(geometry: Polygon | MultiPolygon, point: Position): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(([outer, ...holes]) => {
    if (!outer || ringSide(point, outer) === 'out') return false;
    return holes.every((hole) => ringSide(point, hole) !== 'in');
  });
}

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
