// Nodes a set of polylines into a road graph: wherever two roads cross or one ends on another,
// both get the same vertex, and every line is cut at every such junction. The result is one
// LineString per edge between junctions (or dead ends), which pgRouting can use as is.

import type { Vec } from './local-frame';

export type Polyline<P> = { coords: Vec[]; props: P };

type Split = { segment: number; t: number; point: Vec };

/** Junctions closer than this to a vertex snap to it (metres). */
const snapMeters = 1e-6;

const keyOf = (p: Vec) => `${p[0]},${p[1]}`;

function cross(ax: number, ay: number, bx: number, by: number): number {
  return ax * by - ay * bx;
}

/**
 * Where segments ab and cd meet, as parameters along each and the exact point to share
 * (an existing endpoint when the junction is within `snapMeters` of one), or null.
 */
function meet(a: Vec, b: Vec, c: Vec, d: Vec): { t: number; u: number; point: Vec } | null {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const denominator = cross(rx, ry, sx, sy);
  if (denominator === 0) return null; // parallel: the generator never overlaps roads
  const t = cross(c[0] - a[0], c[1] - a[1], sx, sy) / denominator;
  const u = cross(c[0] - a[0], c[1] - a[1], rx, ry) / denominator;
  const epsT = snapMeters / Math.hypot(rx, ry);
  const epsU = snapMeters / Math.hypot(sx, sy);
  if (t < -epsT || t > 1 + epsT || u < -epsU || u > 1 + epsU) return null;
  const snappedT = t <= epsT ? 0 : t >= 1 - epsT ? 1 : t;
  const snappedU = u <= epsU ? 0 : u >= 1 - epsU ? 1 : u;
  const point: Vec =
    snappedT === 0
      ? a
      : snappedT === 1
        ? b
        : snappedU === 0
          ? c
          : snappedU === 1
            ? d
            : [a[0] + t * rx, a[1] + t * ry];
  return { t: snappedT, u: snappedU, point };
}

export function nodePolylines<P>(lines: readonly Polyline<P>[]): Polyline<P>[] {
  const segments: Array<{ line: number; segment: number; a: Vec; b: Vec }> = [];
  lines.forEach((line, l) => {
    for (let s = 1; s < line.coords.length; s += 1) {
      segments.push({
        line: l,
        segment: s - 1,
        a: line.coords[s - 1] as Vec,
        b: line.coords[s] as Vec,
      });
    }
  });
  const splits: Split[][] = lines.map(() => []);
  for (let i = 0; i < segments.length; i += 1) {
    const p = segments[i] as (typeof segments)[number];
    const [pMinX, pMaxX] = [Math.min(p.a[0], p.b[0]), Math.max(p.a[0], p.b[0])];
    const [pMinY, pMaxY] = [Math.min(p.a[1], p.b[1]), Math.max(p.a[1], p.b[1])];
    for (let j = i + 1; j < segments.length; j += 1) {
      const q = segments[j] as (typeof segments)[number];
      if (p.line === q.line && Math.abs(p.segment - q.segment) <= 1) continue;
      if (
        Math.max(q.a[0], q.b[0]) < pMinX - snapMeters ||
        Math.min(q.a[0], q.b[0]) > pMaxX + snapMeters
      )
        continue;
      if (
        Math.max(q.a[1], q.b[1]) < pMinY - snapMeters ||
        Math.min(q.a[1], q.b[1]) > pMaxY + snapMeters
      )
        continue;
      const junction = meet(p.a, p.b, q.a, q.b);
      if (!junction) continue;
      if (junction.t > 0 && junction.t < 1) {
        splits[p.line]?.push({ segment: p.segment, t: junction.t, point: junction.point });
      }
      if (junction.u > 0 && junction.u < 1) {
        splits[q.line]?.push({ segment: q.segment, t: junction.u, point: junction.point });
      }
    }
  }

  // Insert the junctions as vertices.
  const noded = lines.map((line, l) => {
    const bySegment = (splits[l] ?? []).sort((x, y) => x.segment - y.segment || x.t - y.t);
    const coords: Vec[] = [];
    let k = 0;
    for (let s = 0; s < line.coords.length; s += 1) {
      const vertex = line.coords[s] as Vec;
      if (coords.length === 0 || keyOf(coords[coords.length - 1] as Vec) !== keyOf(vertex))
        coords.push(vertex);
      while (k < bySegment.length && (bySegment[k] as Split).segment === s) {
        const { point } = bySegment[k] as Split;
        if (keyOf(coords[coords.length - 1] as Vec) !== keyOf(point)) coords.push(point);
        k += 1;
      }
    }
    return { coords, props: line.props };
  });

  // A vertex is a junction when it ends a line or appears more than once in the network.
  const uses = new Map<string, number>();
  for (const line of noded) {
    for (const vertex of line.coords) uses.set(keyOf(vertex), (uses.get(keyOf(vertex)) ?? 0) + 1);
  }
  const edges: Polyline<P>[] = [];
  for (const line of noded) {
    let current: Vec[] = [line.coords[0] as Vec];
    for (let i = 1; i < line.coords.length; i += 1) {
      const vertex = line.coords[i] as Vec;
      current.push(vertex);
      const isEnd = i === line.coords.length - 1;
      if (isEnd || (uses.get(keyOf(vertex)) ?? 0) > 1) {
        edges.push({ coords: current, props: line.props });
        current = [vertex];
      }
    }
  }
  return edges;
}
