import type { Position } from 'geojson';

/** A GeoJSON position (any length) as the map's [lng, lat] pair. */
export const lngLatOf = (position: Position): [number, number] => [
  position[0] as number,
  position[1] as number,
];
