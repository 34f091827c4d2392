// The commune boundary: a star-shaped polygon around the centre, its radius a sum of a few
// smooth harmonics plus faint higher ones ("smooth noise"), stretched east–west, then scaled so
// that its area on the local plane, which is PostGIS's geography area on WGS84 to about 1e-6
// (see LocalFrame), is exactly the target. turf.area, on a sphere, reads about 0.3 % more.

import type { Random } from '@ntm/solver/random';
import type { Vec } from './local-frame';
import { signedArea } from './plane';

const vertexCount = 192;

/**
 * An open, counter-clockwise ring in metres around the origin whose area is `areaSquareMeters`.
 * Every ray from the origin leaves it once.
 */
export function communeOutline(random: Random, areaSquareMeters: number): Vec[] {
  const harmonics = [2, 3, 4, 5, 6, 7].map((k) => ({
    k,
    amplitude: random.range(0.025, 0.07) / Math.sqrt(k - 1),
    phase: random.range(0, 2 * Math.PI),
  }));
  const ripples = [9, 11, 13, 17].map((k) => ({
    k,
    amplitude: random.range(0.003, 0.008),
    phase: random.range(0, 2 * Math.PI),
  }));
  const stretchEast = random.range(1.1, 1.25);
  const stretchNorth = 1 / stretchEast;
  const baseRadiusMeters = Math.sqrt(areaSquareMeters / Math.PI);

  const ring: Vec[] = [];
  for (let i = 0; i < vertexCount; i += 1) {
    const theta = (2 * Math.PI * i) / vertexCount;
    let radius = 1;
    for (const { k, amplitude, phase } of [...harmonics, ...ripples]) {
      radius += amplitude * Math.cos(k * theta + phase);
    }
    const r = baseRadiusMeters * radius;
    ring.push([stretchEast * r * Math.cos(theta), stretchNorth * r * Math.sin(theta)]);
  }
  const scale = Math.sqrt(areaSquareMeters / Math.abs(signedArea(ring)));
  return ring.map(([x, y]) => [x * scale, y * scale] as Vec);
}
