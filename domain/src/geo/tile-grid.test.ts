import { describe, expect, it } from 'vitest';
import { tileColumn, tileRow } from './tile-grid';

describe('the XYZ tile grid', () => {
  it('has one tile at zoom 0 and splits the world at the meridian and the equator', () => {
    expect([tileColumn(106.24, 0), tileRow(20.72, 0)]).toEqual([0, 0]);
    expect([tileColumn(-0.001, 1), tileColumn(0.001, 1)]).toEqual([0, 1]);
    expect([tileRow(0.001, 1), tileRow(-0.001, 1)]).toEqual([0, 1]);
  });

  // Nam Thanh Miện's centre; the expected tiles are from the OSM wiki's formula written with
  // asinh(tan φ) in Python, a second writing of ln(tan φ + sec φ).
  it.each([
    [14, 13027, 7227],
    [16, 52108, 28910],
  ])('puts the commune centre at zoom %i in column %i, row %i', (z, x, y) => {
    expect([tileColumn(106.2409, z), tileRow(20.7235, z)]).toEqual([x, y]);
  });
});
