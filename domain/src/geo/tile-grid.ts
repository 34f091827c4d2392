/**
 * The Web Mercator tile grid of XYZ tiles (the one MapLibre, OSM and `ST_TileEnvelope` use): the
 * column and row of the tile holding a longitude or latitude at zoom `z`.
 */
export const tileColumn = (lng: number, z: number): number =>
  Math.floor(((lng + 180) / 360) * 2 ** z);

export const tileRow = (lat: number, z: number): number => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};
