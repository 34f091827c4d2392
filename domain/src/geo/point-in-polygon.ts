// The one point-in-polygon test, for any plane (degrees or metres): the seed's village locator,
// the web's village editor and the route planner's key-area filter all ask it. Pure and
// allocation-free (the seed calls it millions of times); safe in the web bundle.
import type { MultiPolygon, Polygon } from 'geojson';

type Point = readonly number[];

/** Even–odd ray casting: whether a point lies inside a ring (open or closed). */
export function insideRing(p: Point, ring: readonly Point[]): boolean {
  const x = p[0] as number;
  const y = p[1] as number;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i] as Point;
    const b = ring[j] as Point;
    const ax = a[0] as number;
    const ay = a[1] as number;
    const bx = b[0] as number;
    const by = b[1] as number;
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside;
}

/** Whether a point lies on segment ab, within `tolerance`. */
function onSegment(p: Point, a: Point, b: Point, tolerance: number): boolean {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const [px = 0, py = 0] = p;
  const length = Math.hypot(bx - ax, by - ay);
  if (length === 0) return Math.hypot(px - ax, py - ay) <= tolerance;
  const cross = Math.abs((bx - ax) * (py - ay) - (by - ay) * (px - ax));
  if (cross / length > tolerance) return false;
  const dot = (px - ax) * (bx - ax) + (py - ay) * (by - ay);
  return dot >= -tolerance && dot <= length * length + tolerance;
}

/** Whether a point lies on a ring's edge, within `tolerance`. */
export function onRing(p: Point, ring: readonly Point[], tolerance: number): boolean {
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    if (onSegment(p, ring[i] as Point, ring[j] as Point, tolerance)) return true;
  }
  return false;
}

/**
 * Whether a Polygon or MultiPolygon covers a point: inside an outer ring and not inside one of
 * its holes. With `edgeTolerance`, a point on a ring (within it) counts as covered, on the outer
 * boundary and on a hole's alike, as PostGIS's ST_Covers; without, the edge is left to the ray.
 */
export function covers(geometry: Polygon | MultiPolygon, p: Point, edgeTolerance?: number) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const onEdge = (ring: readonly Point[]) =>
    edgeTolerance !== undefined && onRing(p, ring, edgeTolerance);
  return polygons.some(([outer, ...holes]) => {
    if (!outer || !(onEdge(outer) || insideRing(p, outer))) return false;
    return holes.every((hole) => onEdge(hole) || !insideRing(p, hole));
  });
}
