// The generator works in metres on a local plane (x east, y north, origin at the commune
// centre) and converts to [lng, lat] only when it writes GeoJSON. The conversion is affine, so
// straight edges stay straight and a vertex shared in metres stays shared in degrees.

import type { Position } from 'geojson';

/** A point on the local plane: [xMeters east, yMeters north]. */
export type Vec = readonly [number, number];

// WGS84. Using the ellipsoid's own radii of curvature at the centre makes areas and distances
// on the local plane agree with PostGIS geography (ST_Area, ST_Distance) to about 1e-6 over a
// commune; a sphere would be off by a few tenths of a percent.
const semiMajorAxisMeters = 6_378_137;
const flattening = 1 / 298.257223563;
const eccentricitySquared = flattening * (2 - flattening);

/** Degrees rounded to 7 decimals (about 1 cm), the precision every output coordinate keeps. */
function roundDegrees(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

export class LocalFrame {
  readonly metersPerDegreeLng: number;
  readonly metersPerDegreeLat: number;

  constructor(readonly centre: readonly [lng: number, lat: number]) {
    const latitude = (centre[1] * Math.PI) / 180;
    const w = Math.sqrt(1 - eccentricitySquared * Math.sin(latitude) ** 2);
    const meridionalRadius = (semiMajorAxisMeters * (1 - eccentricitySquared)) / w ** 3;
    const primeVerticalRadius = semiMajorAxisMeters / w;
    this.metersPerDegreeLat = (Math.PI / 180) * meridionalRadius;
    this.metersPerDegreeLng = (Math.PI / 180) * primeVerticalRadius * Math.cos(latitude);
  }

  /** Exact (unrounded) [lng, lat]. */
  toLngLatExact([x, y]: Vec): [number, number] {
    return [
      this.centre[0] + x / this.metersPerDegreeLng,
      this.centre[1] + y / this.metersPerDegreeLat,
    ];
  }

  /** [lng, lat] rounded to 7 decimals. */
  toLngLat(point: Vec): Position {
    const [lng, lat] = this.toLngLatExact(point);
    return [roundDegrees(lng), roundDegrees(lat)];
  }

  toMeters([lng, lat]: Position): Vec {
    return [
      ((lng as number) - this.centre[0]) * this.metersPerDegreeLng,
      ((lat as number) - this.centre[1]) * this.metersPerDegreeLat,
    ];
  }

  /** A ring in metres → a closed ring in rounded degrees, without repeated vertices. */
  ringToLngLat(ring: readonly Vec[]): Position[] {
    const out = this.lineToLngLat(ring);
    const first = out[0];
    const last = out[out.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
    return out;
  }

  /** An open line in metres → rounded degrees, without repeated vertices. */
  lineToLngLat(line: readonly Vec[]): Position[] {
    const out: Position[] = [];
    for (const point of line) {
      const position = this.toLngLat(point);
      const last = out[out.length - 1];
      if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
    }
    return out;
  }
}
