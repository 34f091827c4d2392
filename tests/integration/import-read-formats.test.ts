// readSourceFile on real files made by GDAL from the seeded demo villages and businesses:
// every vector format in WGS 84 and VN-2000 TM-3 105°30′ (EPSG:9209) and 105°45′ (EPSG:9210)
// reads back with the same text and every vertex within 1 cm; sheets read back cell for cell.

import type { SourceTable } from '@ntm/api/imports/contract';
import { isRefusal } from '@ntm/api/imports/read/read-refusal';
import { readSourceFile } from '@ntm/api/imports/read/read-source-file';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type GdalFormat, gdalFile, worstVertexMetres } from '../helpers/gdal-files';
import { communeCode, testApp } from '../helpers/test-app';

const { sql } = testApp({ as: null });

type Village = { name: string; population: number | null; geometry: Geometry };

async function demoVillages(): Promise<Village[]> {
  const rows = await sql<Array<{ name: string; population: number | null; geojson: string }>>`
    select name, population, ST_AsGeoJSON(geom, 15) as geojson
    from villages where commune_code = ${communeCode} order by name`;
  expect(rows.length).toBeGreaterThan(10);
  return rows.map((r) => ({
    name: r.name,
    population: r.population,
    geometry: JSON.parse(r.geojson),
  }));
}

const collection = (villages: Village[]): FeatureCollection<Geometry | null> => ({
  type: 'FeatureCollection',
  features: villages.map(({ geometry, ...properties }) => ({
    type: 'Feature',
    properties,
    geometry,
  })),
});

async function read(
  bytes: Uint8Array,
  fileName: string,
  options: { crs?: number; sheet?: string } = {},
) {
  const table = await readSourceFile({ fileName, bytes }, { kind: 'villages', ...options });
  if (isRefusal(table)) throw new Error(`${table.status} ${table.code}: ${table.message}`);
  return table;
}

function expectSameVillages(table: SourceTable, villages: Village[]) {
  expect(table.rows.map((r) => r.values.name)).toEqual(villages.map((v) => v.name));
  expect(table.rows.map((r) => r.values.population)).toEqual(villages.map((v) => v.population));
  expect(table.rows.map((r) => r.rowNumber)).toEqual(villages.map((_, i) => i + 1));
  const worst = Math.max(
    ...villages.map((v, i) => worstVertexMetres(v.geometry, table.rows[i]?.geometry ?? null)),
  );
  expect(worst).toBeLessThan(0.01);
}

const fileNames: Record<GdalFormat, string> = {
  shapefile: 'ranh-gioi-thon.zip',
  gpkg: 'ranh-gioi-thon.gpkg',
  geojson: 'ranh-gioi-thon.geojson',
  kml: 'ranh-gioi-thon.kml',
  kmz: 'ranh-gioi-thon.kmz',
  xlsx: 'x.xlsx',
  csv: 'x.csv',
};

describe('reading village boundaries made by GDAL', () => {
  for (const format of ['shapefile', 'gpkg', 'geojson'] as const) {
    for (const epsg of [4326, 9209, 9210]) {
      it(`${format} in EPSG:${epsg} reads back with its names and every vertex within 1 cm in WGS 84`, async () => {
        const villages = await demoVillages();
        const bytes = gdalFile(collection(villages), format, {
          epsg,
          lco: format === 'shapefile' ? ['ENCODING=UTF-8'] : [],
        });
        const table = await read(bytes, fileNames[format]);
        expect(table.format).toBe(format);
        expect(table.crs).toMatchObject({ epsg, source: format === 'shapefile' ? 'prj' : 'file' });
        expect(table.encoding.detected).toBe('utf-8');
        expectSameVillages(table, villages);
      });
    }
  }

  for (const format of ['kml', 'kmz'] as const) {
    it(`${format} (always WGS 84) reads back with its names and every vertex within 1 cm`, async () => {
      const villages = await demoVillages();
      const table = await read(gdalFile(collection(villages), format), fileNames[format]);
      expect(table.format).toBe(format);
      expect(table.crs).toMatchObject({ epsg: 4326, source: 'file' });
      // KML keeps fields as text: the name as <name>, the rest as ExtendedData.
      expect(table.rows.map((r) => r.values.name ?? r.values.Name)).toEqual(
        villages.map((v) => v.name),
      );
      const worst = Math.max(
        ...villages.map((v, i) => worstVertexMetres(v.geometry, table.rows[i]?.geometry ?? null)),
      );
      expect(worst).toBeLessThan(0.01);
    });
  }

  it('a Shapefile whose ESRI .prj has no TOWGS84 still gets VN-2000’s datum shift (not 100 m off)', async () => {
    const villages = await demoVillages();
    const bytes = gdalFile(collection(villages), 'shapefile', {
      epsg: 9210,
      lco: ['ENCODING=UTF-8'],
    });
    const table = await read(bytes, 'thon.zip');
    expect(table.crs.note).toContain('105°45′');
    expectSameVillages(table, villages);
  });

  it('the user’s system overrides the file’s, and a file without one reads with geometry null', async () => {
    const villages = await demoVillages();
    const bytes = gdalFile(collection(villages), 'shapefile', {
      epsg: 9209,
      omit: ['prj'],
      lco: ['ENCODING=UTF-8'],
    });
    const unknown = await read(bytes, 'thon.zip');
    expect(unknown.crs).toEqual({
      epsg: null,
      source: 'none',
      note: 'Tệp không có .prj: chọn hệ tọa độ',
    });
    expect(unknown.rows.map((r) => r.values.name)).toEqual(villages.map((v) => v.name));
    expect(unknown.rows.every((r) => r.geometry === null)).toBe(true);
    const chosen = await read(bytes, 'thon.zip', { crs: 9209 });
    expect(chosen.crs).toMatchObject({ epsg: 9209, source: 'user' });
    expectSameVillages(chosen, villages);
  });

  it('keeps a null geometry as null, and takes the GeoPackage layer asked for', async () => {
    const villages = (await demoVillages()).slice(0, 3);
    const features = collection(villages);
    features.features.push({
      type: 'Feature',
      properties: { name: 'Chưa vẽ', population: null },
      geometry: null,
    });
    const table = await read(gdalFile(features, 'geojson'), 'a.geojson');
    expect(table.rows.at(-1)).toEqual({
      rowNumber: 4,
      values: { name: 'Chưa vẽ', population: null },
      geometry: null,
    });

    const gpkg = gdalFile(features, 'gpkg', { layer: 'ranh_gioi' });
    expect((await read(gpkg, 'a.gpkg', { sheet: 'ranh_gioi' })).rows).toHaveLength(4);
    const missing = await readSourceFile(
      { fileName: 'a.gpkg', bytes: gpkg },
      { kind: 'villages', sheet: 'khac' },
    );
    expect(missing).toMatchObject({ status: 422, message: expect.stringContaining('ranh_gioi') });
  });
});
