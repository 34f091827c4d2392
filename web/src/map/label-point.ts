import type { MultiPolygon, Polygon, Position } from 'geojson';

// One label anchor per polygon, computed once on the client. MapLibre would otherwise place a
// polygon's label per tile (on the clipped piece), which repeats a village's name along tile
// edges. Villages are small enough that planar maths on [lng, lat] is fine for placing a label.

type Ring = Position[];

function ringArea(ring: Ring): number {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    twiceArea += xj * yi - xi * yj;
  }
  return twiceArea / 2;
}

function ringCentroid(ring: Ring): Position | null {
  const area = ringArea(ring);
  if (area === 0) return null;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    const cross = xj * yi - xi * yj;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

/** Where the horizontal line at `y` crosses the rings' edges, sorted west to east. */
function crossingsAt(rings: Ring[], y: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      // Half-open test so a vertex exactly on the line is counted once.
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  }
  return xs.sort((a, b) => a - b);
}

function inside(rings: Ring[], [x = 0, y = 0]: Position): boolean {
  const xs = crossingsAt(rings, y);
  return xs.filter((crossing) => crossing < x).length % 2 === 1;
}

/**
 * The centroid of the largest part when it falls inside that part (the usual case for a
 * village), else the middle of the widest inside stretch of the horizontal line through it,
 * which is inside by construction (a C- or L-shaped village).
 */
export function labelPoint(geometry: Polygon | MultiPolygon): Position | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest: Ring[] | undefined;
  let largestArea = 0;
  for (const rings of parts) {
    const area = Math.abs(ringArea(rings[0] ?? []));
    if (area > largestArea) {
      largest = rings;
      largestArea = area;
    }
  }
  const outer = largest?.[0];
  if (!largest || !outer) return null;
  const centroid = ringCentroid(outer);
  if (!centroid) return null;
  if (inside(largest, centroid)) return centroid;

  const y = centroid[1] ?? 0;
  const xs = crossingsAt(largest, y);
  let best: Position | null = null;
  let bestWidth = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const west = xs[i] ?? 0;
    const east = xs[i + 1] ?? 0;
    if (east - west > bestWidth) {
      bestWidth = east - west;
      best = [(west + east) / 2, y];
    }
  }
  return best;
}
