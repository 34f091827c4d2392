// Which village a point lies in, and how far it is from that village's boundary, without
// polygon tests: villages are the Voronoi cells of their centres cut by the commune, so the
// village is the nearest centre's, and the distance to its boundary is the smaller of the
// distance to the nearest bisector and the distance to the commune boundary.

import { insideRing } from '@ntm/domain/geo/point-in-polygon';
import type { Vec } from './local-frame';
import { distanceToRing, distanceToSegment } from './plane';

export class VillageLocator {
  /** No commune boundary point is nearer the origin than this. */
  private readonly innerRadiusMeters: number;
  /** For centres a, b: unit normal of their bisector towards b, and its offset (a*count + b). */
  private readonly normals: Float64Array;
  private readonly offsets: Float64Array;

  constructor(
    readonly centres: readonly Vec[],
    readonly communeRing: readonly Vec[],
  ) {
    let inner = Number.POSITIVE_INFINITY;
    for (let i = 0, j = communeRing.length - 1; i < communeRing.length; j = i, i += 1) {
      inner = Math.min(
        inner,
        distanceToSegment([0, 0], communeRing[j] as Vec, communeRing[i] as Vec),
      );
    }
    this.innerRadiusMeters = inner;
    const count = centres.length;
    this.normals = new Float64Array(count * count * 2);
    this.offsets = new Float64Array(count * count);
    for (let a = 0; a < count; a += 1) {
      for (let b = 0; b < count; b += 1) {
        if (a === b) continue;
        const [ax, ay] = centres[a] as Vec;
        const [bx, by] = centres[b] as Vec;
        const length = Math.hypot(bx - ax, by - ay);
        const nx = (bx - ax) / length;
        const ny = (by - ay) / length;
        const k = a * count + b;
        this.normals[2 * k] = nx;
        this.normals[2 * k + 1] = ny;
        this.offsets[k] = ((ax + bx) / 2) * nx + ((ay + by) / 2) * ny;
      }
    }
  }

  /** True when p is inside the commune and at least `marginMeters` from its boundary. */
  insideCommune(p: Vec, marginMeters = 0): boolean {
    if (Math.hypot(p[0], p[1]) + marginMeters < this.innerRadiusMeters) return true;
    if (!insideRing(p, this.communeRing)) return false;
    return marginMeters <= 0 || distanceToRing(p, this.communeRing) >= marginMeters;
  }

  /** Index of the nearest village centre. */
  nearestCentre(p: Vec): number {
    let best = 0;
    let bestSquared = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.centres.length; i += 1) {
      const [cx, cy] = this.centres[i] as Vec;
      const squared = (p[0] - cx) ** 2 + (p[1] - cy) ** 2;
      if (squared < bestSquared) {
        bestSquared = squared;
        best = i;
      }
    }
    return best;
  }

  /** Distance from p to the boundary of the Voronoi cell of centre `index` (p inside it). */
  cellMargin(p: Vec, index: number): number {
    const count = this.centres.length;
    let margin = Number.POSITIVE_INFINITY;
    for (let b = 0; b < count; b += 1) {
      if (b === index) continue;
      const k = index * count + b;
      const distanceToBisector =
        (this.offsets[k] as number) -
        (p[0] * (this.normals[2 * k] as number) + p[1] * (this.normals[2 * k + 1] as number));
      if (distanceToBisector < margin) margin = distanceToBisector;
    }
    return margin;
  }

  /**
   * The index of the village holding p when p is at least `marginMeters` inside it (from the
   * commune boundary and from every neighbouring village), else -1.
   */
  villageAt(p: Vec, marginMeters: number): number {
    if (!this.insideCommune(p, marginMeters)) return -1;
    const index = this.nearestCentre(p);
    return this.cellMargin(p, index) >= marginMeters ? index : -1;
  }
}
