import { describe, expect, it } from 'vitest';
import type { ZipEntry } from './zip-archive';
import { zipLayout } from './zip-layout';

const entries = (...names: string[]): ZipEntry[] =>
  names.map((name, i) => ({
    name,
    method: 8,
    encrypted: false,
    compressedBytes: 10,
    declaredBytes: 10,
    localHeaderOffset: i * 100,
  }));

const partNames = (layout: ReturnType<typeof zipLayout>) =>
  'parts' in layout
    ? Object.fromEntries(Object.entries(layout.parts).map(([k, e]) => [k, e.name]))
    : layout;

describe('zipLayout', () => {
  it('knows an XLSX by its content types and xl/ folder', () => {
    expect(zipLayout(entries('[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml'))).toEqual({
      format: 'xlsx',
      parts: {},
    });
  });

  it('finds a KMZ document, doc.kml first', () => {
    expect(partNames(zipLayout(entries('files/icon.png', 'layers/thon.kml', 'doc.kml')))).toEqual({
      'doc.kml': 'doc.kml',
      'doc-1.kml': 'layers/thon.kml',
    });
    expect(partNames(zipLayout(entries('ranh-gioi.kml')))).toEqual({ 'doc.kml': 'ranh-gioi.kml' });
  });

  it('finds a Shapefile in a folder with its sidecars in any case, and skips macOS leftovers', () => {
    const layout = zipLayout(
      entries(
        '__MACOSX/thon/._Thon.shp',
        'thon/Thon.SHP',
        'thon/Thon.shx',
        'thon/Thon.dbf',
        'thon/Thon.prj',
        'thon/Thon.cpg',
      ),
    );
    expect(partNames(layout)).toEqual({
      'layer.shp': 'thon/Thon.SHP',
      'layer.shx': 'thon/Thon.shx',
      'layer.dbf': 'thon/Thon.dbf',
      'layer.prj': 'thon/Thon.prj',
      'layer.cpg': 'thon/Thon.cpg',
    });
    expect(layout).toMatchObject({ format: 'shapefile', layerNames: ['Thon'] });
  });

  it('names the missing .shx', () => {
    const refusal = zipLayout(entries('thon.shp', 'thon.dbf', 'thon.prj'));
    expect(refusal).toMatchObject({ refused: true, status: 422, code: 'shapefile-missing-part' });
    expect('message' in refusal && refusal.message).toContain('thiếu tệp .shx');
  });

  it('names the missing .dbf, and a missing .shp', () => {
    expect(zipLayout(entries('thon.shp', 'thon.shx'))).toMatchObject({
      message: expect.stringContaining('thiếu tệp .dbf'),
    });
    expect(zipLayout(entries('thon.shx', 'thon.dbf'))).toMatchObject({
      message: expect.stringContaining('thiếu tệp .shp'),
    });
  });

  it('takes the layer asked for, and lists the layers when it is not there', () => {
    const zip = entries('a.shp', 'a.shx', 'a.dbf', 'b.shp', 'b.shx', 'b.dbf');
    expect(zipLayout(zip, 'B')).toMatchObject({ layerNames: ['b'] });
    const both = zipLayout(zip);
    expect(both).toMatchObject({ layerNames: ['a', 'b'] });
    expect(Object.keys(partNames(both)).sort()).toEqual([
      'layer-2.dbf',
      'layer-2.shp',
      'layer-2.shx',
      'layer.dbf',
      'layer.shp',
      'layer.shx',
    ]);
    expect(zipLayout(zip, 'c')).toMatchObject({
      status: 422,
      message: expect.stringContaining('a, b'),
    });
  });

  it('finds a zipped GeoPackage or GeoJSON, and refuses a zip of nothing it can read', () => {
    expect(zipLayout(entries('x/data.gpkg'))).toMatchObject({ format: 'gpkg' });
    expect(zipLayout(entries('data.geojson'))).toMatchObject({ format: 'geojson' });
    expect(zipLayout(entries('notes.txt', 'photo.jpg'))).toMatchObject({
      status: 415,
      code: 'zip-no-data',
    });
  });
});
