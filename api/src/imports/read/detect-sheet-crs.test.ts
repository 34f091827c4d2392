import { describe, expect, it } from 'vitest';
import type { ColumnMapping, SourceRow } from '../contract';
import { detectSheetCrs } from './detect-sheet-crs';
import { readPosition } from './sheet-position';

const rows = (...values: Array<Record<string, string | number | null>>): SourceRow[] =>
  values.map((v, i) => ({ rowNumber: i + 2, values: v, geometry: null }));

describe('readPosition', () => {
  const lngLat: ColumnMapping = { lng: 'Kinh độ', lat: 'Vĩ độ' };
  const xy: ColumnMapping = { x: 'X', y: 'Y' };
  const one: ColumnMapping = { coordinates: 'Tọa độ' };
  const at = (values: Record<string, string | number | null>, mapping: ColumnMapping) =>
    readPosition({ rowNumber: 2, values, geometry: null }, mapping);

  it('reads decimal degrees with a decimal comma', () => {
    expect(at({ 'Kinh độ': '106,2409', 'Vĩ độ': '20,7235' }, lngLat)).toEqual({
      kind: 'degrees',
      lng: 106.2409,
      lat: 20.7235,
      swapped: false,
    });
  });

  it('puts swapped latitude and longitude back and says so', () => {
    expect(at({ 'Kinh độ': 20.7235, 'Vĩ độ': 106.2409 }, lngLat)).toEqual({
      kind: 'degrees',
      lng: 106.2409,
      lat: 20.7235,
      swapped: true,
    });
  });

  it('reads VN-2000 X (north) and Y (east) in metres, swapped or not', () => {
    expect(at({ X: '2.291.234,5', Y: '551 234,2' }, xy)).toEqual({
      kind: 'metres',
      easting: 551234.2,
      northing: 2291234.5,
      swapped: false,
    });
    expect(at({ X: 551234.2, Y: 2291234.5 }, xy)).toMatchObject({
      easting: 551234.2,
      swapped: true,
    });
  });

  it('reads GIS-style X/Y columns holding longitude and latitude', () => {
    expect(at({ X: 106.2409, Y: 20.7235 }, xy)).toMatchObject({ kind: 'degrees', lng: 106.2409 });
  });

  it('reads one Tọa độ column: lat, lng as Google copies it, DMS, or X Y', () => {
    expect(at({ 'Tọa độ': '20.7235, 106.2409' }, one)).toMatchObject({
      lng: 106.2409,
      lat: 20.7235,
    });
    expect(at({ 'Tọa độ': '106.2409, 20.7235' }, one)).toMatchObject({
      lng: 106.2409,
      lat: 20.7235,
    });
    const dms = at({ 'Tọa độ': `106°14'27"E 20°43'24.6"N` }, one);
    expect(dms).toMatchObject({ kind: 'degrees', swapped: false });
    expect(dms.kind === 'degrees' && dms.lat).toBeCloseTo(20.7235, 9);
    expect(at({ 'Tọa độ': '2291234,5; 551234,2' }, one)).toMatchObject({
      kind: 'metres',
      northing: 2291234.5,
    });
  });

  it('tells an empty position from a bad one', () => {
    expect(at({ 'Kinh độ': '', 'Vĩ độ': null }, lngLat)).toEqual({ kind: 'none' });
    expect(at({ 'Kinh độ': 'gần chợ', 'Vĩ độ': '20,7' }, lngLat).kind).toBe('bad');
    expect(at({ X: 2291234.5, Y: 20.7 }, xy).kind).toBe('bad');
    expect(at({ 'Tọa độ': '20,7235' }, one).kind).toBe('bad');
  });
});

describe('detectSheetCrs', () => {
  it('takes degrees near the commune for WGS 84, from their size', () => {
    const guess = detectSheetCrs(
      rows({ Lat: 20.7235, Lng: 106.2409 }, { Lat: '20,71', Lng: '106,25' }),
      { lat: 'Lat', lng: 'Lng' },
    );
    expect(guess).toMatchObject({ epsg: 4326, source: 'magnitude' });
    expect(guess.swappedLatLng).toBeUndefined();
    expect(guess.note).toContain('vĩ độ 20,72');
  });

  it('reads lat/lng as WGS 84 even beside X/Y columns whose headers say VN-2000', () => {
    // As our own exports write them: WGS 84 degrees, and the surveyors' X/Y of a TM-3 zone.
    const x = 'X (VN-2000 TM-3 105°30′, m)';
    const y = 'Y (VN-2000 TM-3 105°30′, m)';
    const guess = detectSheetCrs(
      rows({ lat: 20.7235, lng: 106.2409, [x]: 2_292_520.29, [y]: 576_970.46 }),
      { lat: 'lat', lng: 'lng', x, y },
    );
    expect(guess).toMatchObject({ epsg: 4326, source: 'magnitude' });
  });

  it('says so when most rows had latitude and longitude swapped', () => {
    const guess = detectSheetCrs(
      rows({ Lat: 106.2409, Lng: 20.7235 }, { Lat: 106.25, Lng: 20.71 }),
      {
        lat: 'Lat',
        lng: 'Lng',
      },
    );
    expect(guess).toMatchObject({ epsg: 4326, swappedLatLng: true });
    expect(guess.note).toContain('đổi chỗ');
  });

  it('takes metres near 2.29 M / 0.55 M for VN-2000 TM-3 105°45′ and asks to confirm', () => {
    const guess = detectSheetCrs(rows({ X: 2291234.5, Y: 551234.2 }), { x: 'X', y: 'Y' });
    expect(guess).toMatchObject({ epsg: 9210, source: 'magnitude' });
    expect(guess.note).toContain('Hãy xác nhận');
    const swapped = detectSheetCrs(rows({ X: 551234.2, Y: 2291234.5 }), { x: 'X', y: 'Y' });
    expect(swapped).toMatchObject({ epsg: 9210, swappedLatLng: true });
  });

  it('reads the system from the headers when they name it', () => {
    const xy = rows({ 'X VN2000 KTT 105°30′': 2291234.5, 'Y VN2000 KTT 105°30′': 577000 });
    expect(
      detectSheetCrs(xy, { x: 'X VN2000 KTT 105°30′', y: 'Y VN2000 KTT 105°30′' }),
    ).toMatchObject({ epsg: 9209, source: 'columns' });
    const utm = rows({ 'X UTM 48N': 2291234.5, 'Y UTM 48N': 629000 });
    expect(detectSheetCrs(utm, { x: 'X UTM 48N', y: 'Y UTM 48N' }).epsg).toBe(3405);
    const vnDegrees = rows({ 'Kinh độ VN-2000': 106.24, 'Vĩ độ VN-2000': 20.72 });
    expect(
      detectSheetCrs(vnDegrees, { lng: 'Kinh độ VN-2000', lat: 'Vĩ độ VN-2000' }),
    ).toMatchObject({ epsg: 4756, source: 'columns' });
  });

  it('has no guess without coordinate columns or readable numbers', () => {
    expect(detectSheetCrs(rows({ Tên: 'A' }), { name: 'Tên' })).toMatchObject({
      epsg: null,
      source: 'none',
    });
    expect(detectSheetCrs(rows({ X: '', Y: '' }), { x: 'X', y: 'Y' }).epsg).toBeNull();
  });
});
