import { describe, expect, it } from 'vitest';
import { sniffBytes } from './sniff-bytes';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));

describe('sniffBytes', () => {
  it('calls nothing at all empty', () => {
    expect(sniffBytes(new Uint8Array())).toBe('empty');
  });

  it('knows a zip by its local header, whatever its name', () => {
    expect(sniffBytes(bytes([0x50, 0x4b, 0x03, 0x04], 'rest'))).toBe('zip');
  });

  it('knows an Excel 97–2003 workbook by the OLE2 signature', () => {
    expect(sniffBytes(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('ole2');
  });

  it('tells a GeoPackage from a plain SQLite database by its application id', () => {
    const head = new Uint8Array(100);
    head.set(Buffer.from('SQLite format 3\0'));
    expect(sniffBytes(head)).toBe('sqlite');
    head.set(Buffer.from('GPKG'), 68);
    expect(sniffBytes(head)).toBe('gpkg');
  });

  it('knows a bare .shp by its file code', () => {
    expect(sniffBytes(bytes([0x00, 0x00, 0x27, 0x0a, 0, 0, 0, 0]))).toBe('shp');
  });

  it('reads GeoJSON, with or without a BOM and leading blanks', () => {
    expect(sniffBytes(bytes('{"type":"FeatureCollection","features":[]}'))).toBe('geojson');
    expect(sniffBytes(bytes([0xef, 0xbb, 0xbf], '\n  { "features": [], "type": "x" }'))).toBe(
      'geojson',
    );
    expect(sniffBytes(bytes('{"a": 1}'))).toBe('binary');
  });

  it('reads KML after its XML prolog, and other XML as xml', () => {
    expect(
      sniffBytes(bytes('<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">')),
    ).toBe('kml');
    expect(sniffBytes(bytes('<?xml version="1.0"?><gpx version="1.1">'))).toBe('xml');
  });

  it('takes other text for CSV, in UTF-8, Windows-1258 or UTF-16', () => {
    expect(sniffBytes(bytes('Tên cơ sở;Địa chỉ\r\nA;B\r\n'))).toBe('csv');
    expect(sniffBytes(bytes('T', [0xea], 'n,\r\n'))).toBe('csv');
    expect(sniffBytes(bytes([0xff, 0xfe], [0x54, 0, 0x3b, 0]))).toBe('csv');
  });

  it('calls a PDF, a photo or control bytes binary', () => {
    expect(sniffBytes(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('binary');
    expect(sniffBytes(bytes('%PDF-1.7\n', [0x01, 0x02]))).toBe('binary');
  });
});
