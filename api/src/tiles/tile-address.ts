import { type TileLayer, tileLayers } from '@ntm/db/queries/tiles';
import { ApiError } from '../lib/api-error';

/** Deeper than this a client overzooms the last tiles; there is nothing finer to draw. */
export const maxTileZoom = 22;

const wholeNumber = /^(0|[1-9]\d{0,7})$/;

function whole(text: string, name: string): number {
  if (!wholeNumber.test(text)) {
    throw new ApiError(400, 'invalid-request', `${name} phải là số nguyên không âm`, [
      { path: name, message: 'not a whole number' },
    ]);
  }
  return Number(text);
}

/** The layer named in the path, or a 400 that lists the layers there are. */
export function tileLayerOf(name: string): TileLayer {
  const layer = tileLayers.find((l) => l === name);
  if (!layer) {
    throw new ApiError(
      400,
      'invalid-request',
      `Không có lớp ô bản đồ "${name.slice(0, 40)}"; có: ${tileLayers.join(', ')}`,
      [{ path: 'layer', message: 'unknown layer' }],
    );
  }
  return layer;
}

/** z/x/y.mvt from the path, each inside the tile grid of its zoom, or a 400 that says which. */
export function tileAddressOf(zText: string, xText: string, file: string) {
  const match = /^(\w{1,12})\.mvt$/.exec(file);
  if (!match) {
    throw new ApiError(400, 'invalid-request', 'Địa chỉ ô phải có dạng {z}/{x}/{y}.mvt', [
      { path: 'y', message: 'expected {y}.mvt' },
    ]);
  }
  const z = whole(zText, 'z');
  if (z > maxTileZoom) {
    throw new ApiError(400, 'invalid-request', `z phải từ 0 đến ${maxTileZoom}`, [
      { path: 'z', message: 'out of range' },
    ]);
  }
  const x = whole(xText, 'x');
  const y = whole(match[1] as string, 'y');
  const side = 2 ** z;
  for (const [name, value] of [
    ['x', x],
    ['y', y],
  ] as const) {
    if (value >= side) {
      throw new ApiError(400, 'invalid-request', `${name} phải từ 0 đến ${side - 1} ở mức ${z}`, [
        { path: name, message: 'out of range' },
      ]);
    }
  }
  return { z, x, y };
}
