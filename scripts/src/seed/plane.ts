// Plane geometry in metres on the local frame: the few operations the generator repeats
// millions of times, kept allocation-light.

import type { Vec } from './local-frame';

export function distance(a: Vec, b: Vec): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Parameter t in [0, 1] of the point of segment ab nearest to p. */
export function projectOnSegment(p: Vec, a: Vec, b: Vec): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return 0;
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared;
  return Math.min(1, Math.max(0, t));
}

export function lerp(a: Vec, b: Vec, t: number): Vec {
  if (t === 0) return a;
  if (t === 1) return b;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

export function distanceToSegment(p: Vec, a: Vec, b: Vec): number {
  return distance(p, lerp(a, b, projectOnSegment(p, a, b)));
}

/** Distance from p to a polyline (at least one vertex). */
export function distanceToPolyline(p: Vec, line: readonly Vec[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < line.length; i += 1) {
    best = Math.min(best, distanceToSegment(p, line[i - 1] as Vec, line[i] as Vec));
  }
  return line.length === 1 ? distance(p, line[0] as Vec) : best;
}

export function polylineLength(line: readonly Vec[]): number {
  let length = 0;
  for (let i = 1; i < line.length; i += 1) length += distance(line[i - 1] as Vec, line[i] as Vec);
  return length;
}

/** The point at `distanceAlong` metres from the start, with the unit direction there. */
export function pointAlong(
  line: readonly Vec[],
  distanceAlong: number,
): { point: Vec; direction: Vec } {
  let remaining = distanceAlong;
  for (let i = 1; i < line.length; i += 1) {
    const a = line[i - 1] as Vec;
    const b = line[i] as Vec;
    const length = distance(a, b);
    if (remaining <= length || i === line.length - 1) {
      const t = length === 0 ? 0 : Math.min(1, Math.max(0, remaining / length));
      const direction: Vec =
        length === 0 ? [1, 0] : [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
      return { point: lerp(a, b, t), direction };
    }
    remaining -= length;
  }
  throw new RangeError('pointAlong needs a line of two or more vertices');
}

/** Distance from p to the boundary of a closed ring. */
export function distanceToRing(p: Vec, ring: readonly Vec[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    best = Math.min(best, distanceToSegment(p, ring[j] as Vec, ring[i] as Vec));
  }
  return best;
}

/** Shoelace area of a ring in m² (positive when counter-clockwise). */
export function signedArea(ring: readonly Vec[]): number {
  let twiceArea = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[j] as Vec;
    const b = ring[i] as Vec;
    twiceArea += a[0] * b[1] - b[0] * a[1];
  }
  return twiceArea / 2;
}

/** A rectangle centred on `centre`, its long side along the unit vector `along`. */
export function orientedRectangle(
  centre: Vec,
  along: Vec,
  lengthMeters: number,
  widthMeters: number,
): Vec[] {
  const [ux, uy] = along;
  const [vx, vy] = [-uy, ux];
  const hl = lengthMeters / 2;
  const hw = widthMeters / 2;
  return [
    [centre[0] - ux * hl - vx * hw, centre[1] - uy * hl - vy * hw],
    [centre[0] + ux * hl - vx * hw, centre[1] + uy * hl - vy * hw],
    [centre[0] + ux * hl + vx * hw, centre[1] + uy * hl + vy * hw],
    [centre[0] - ux * hl + vx * hw, centre[1] - uy * hl + vy * hw],
  ];
}
