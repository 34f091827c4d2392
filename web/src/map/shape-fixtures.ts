import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A one-ring polygon for tests, written as its corners: the ring is closed here. */
export function polygon(...corners: Position[]): Polygon {
  return { type: 'Polygon', coordinates: [ring(corners)] };
}

/** A multipolygon for tests, one list of corners a part. */
export function multiPolygon(...parts: Position[][]): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: parts.map((corners) => [ring(corners)]) };
}

function ring(corners: Position[]): Position[] {
  const first = corners[0];
  return first ? [...corners, first] : [];
}
