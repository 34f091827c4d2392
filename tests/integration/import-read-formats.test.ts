// readSourceFile on real files made by GDAL from the seeded demo villages: every vector format
// in WGS 84 and VN-2000 TM-3 105°30′ (EPSG:9209) and 105°45′ (EPSG:9210) reads back with the
// same text and every vertex within 1 cm of PostGIS's own transform of the demo data (rows keep
// the file's system; the mapping moves them to WGS 84 with PostGIS).

import type { SourceTable } from '@ntm/api/imports/contract';
import { applyMapping } from '@ntm/api/imports/read/apply-mapping';
import { suggestMapping } from '@ntm/api/imports/read/column-mapping';
import { isRefusal } from '@ntm/api/imports/read/read-refusal';
import { readSourceFile } from '@ntm/api/imports/read/read-source-file';
import { unzipSync, zipSync } from 'fflate';
import type { FeatureCollection, Geometry } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { type GdalFormat, gdalFile, worstVertexMetres } from '../helpers/gdal-files';
import { appRolePool, communeCode, testApp } from '../helpers/test-app';

const { sql } = testApp({ as: null });

type Village = { name: string; population: number | null; geometry: Geometry };

/** The demo villages, their geometry in `epsg` as PostGIS transforms it. */
async function demoVillages(epsg = 4326): Promise<Village[]> {
  const rows = await sql<Array<{ name: string; population: number | null; geojson: string }>>`
    select name, population, ST_AsGeoJSON(ST_Transform(geom, ${epsg}::int), 15) as geojson
    from villages where commune_code = ${communeCode} and geom is not null order by name`;
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

function expectSameVillages(table: SourceTable, villages: Village[], epsg = 4326) {
  expect(table.rows.map((r) => r.values.name)).toEqual(villages.map((v) => v.name));
  expect(table.rows.map((r) => r.values.population)).toEqual(villages.map((v) => v.population));
  expect(table.rows.map((r) => r.rowNumber)).toEqual(villages.map((_, i) => i + 1));
  const worst = Math.max(
    ...villages.map((v, i) =>
      worstVertexMetres(v.geometry, table.rows[i]?.geometry ?? null, epsg !== 4326),
    ),
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
      it(`${format} in EPSG:${epsg} reads back with its names and every vertex within 1 cm`, async () => {
        const villages = await demoVillages();
        const bytes = gdalFile(collection(villages), format, {
          epsg,
          lco: format === 'shapefile' ? ['ENCODING=UTF-8'] : [],
        });
        const table = await read(bytes, fileNames[format]);
        expect(table.format).toBe(format);
        expect(table.crs).toMatchObject({ epsg, source: format === 'shapefile' ? 'prj' : 'file' });
        expect(table.encoding.detected).toBe('utf-8');
        // GDAL wrote the file from WGS 84; PostGIS gives the same coordinates in `epsg`.
        expectSameVillages(table, await demoVillages(epsg), epsg);
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

  it('an ESRI .prj without code or TOWGS84 is EPSG:9210, whose shift brings it back within 1 cm', async () => {
    const villages = await demoVillages();
    const bytes = gdalFile(collection(villages), 'shapefile', {
      epsg: 9210,
      lco: ['ENCODING=UTF-8'],
    });
    expect(new TextDecoder().decode(unzipSync(bytes)['thon/thon.prj'])).not.toContain('TOWGS84');
    const table = await read(bytes, 'thon.zip');
    expect(table.crs).toEqual({
      epsg: 9210,
      source: 'prj',
      note: 'Tệp .prj ghi VN-2000 / TM-3 kinh tuyến trục 105°45′ (EPSG:9210)',
    });
    // As the mapping does it: PostGIS under the matched code, back to WGS 84.
    const back = await Promise.all(
      table.rows.map(async (row) => {
        const [moved] = await sql<Array<{ geojson: string }>>`
          select ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(row.geometry)}), 9210), 4326), 15) as geojson`;
        return { ...row, geometry: JSON.parse(moved?.geojson ?? 'null') };
      }),
    );
    expectSameVillages({ ...table, rows: back }, villages);
  });

  it('a file without a system keeps its coordinates and asks; the user’s choice names it', async () => {
    const villages = await demoVillages(9209);
    const bytes = gdalFile(collection(await demoVillages()), 'shapefile', {
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
    expectSameVillages(unknown, villages, 9209);
    const chosen = await read(bytes, 'thon.zip', { crs: 9209 });
    expect(chosen.crs).toMatchObject({ epsg: 9209, source: 'user' });
    expectSameVillages(chosen, villages, 9209);
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

  it('reads a GeoPackage or GeoJSON inside a zip the same as bare', async () => {
    const villages = (await demoVillages()).slice(0, 5);
    const gpkg = zipSync({
      'du-lieu/thon.gpkg': gdalFile(collection(villages), 'gpkg', { epsg: 9210 }),
    });
    const fromGpkg = await read(gpkg, 'thon.zip');
    expect(fromGpkg).toMatchObject({ format: 'gpkg', crs: { epsg: 9210, source: 'file' } });
    expectSameVillages(fromGpkg, (await demoVillages(9210)).slice(0, 5), 9210);
    const geojson = zipSync({ 'thon.geojson': gdalFile(collection(villages), 'geojson') });
    expectSameVillages(await read(geojson, 'thon.zip'), villages);
  });

  it('reads every folder of a KML, naming the folder, and keeps nested properties as JSON text', async () => {
    const kml = new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Folder><name>Thôn cũ</name><Placemark><name>Phù Tải</name><Point><coordinates>106.24,20.72</coordinates></Point></Placemark></Folder>
<Folder><name>Thôn mới</name><Placemark><name>Đan Giáp</name><Point><coordinates>106.25,20.73</coordinates></Point></Placemark></Folder>
</Document></kml>`);
    const table = await read(kml, 'thon.kml');
    expect(
      table.rows.map((r) => [r.rowNumber, r.values['Thư mục'], r.values.Name ?? r.values.name]),
    ).toEqual([
      [1, 'Thôn cũ', 'Phù Tải'],
      [2, 'Thôn mới', 'Đan Giáp'],
    ]);
    const nested = new TextEncoder().encode(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'A', tags: ['x', 'y'], ok: true },
            geometry: null,
          },
        ],
      }),
    );
    expect((await read(nested, 'a.geojson')).rows[0]?.values).toEqual({
      name: 'A',
      tags: '["x","y"]',
      ok: 'true',
    });
  });
});

describe('read, then mapped as the import does', () => {
  /** The app's own role, as the import route runs the mapping. */
  const appSql = appRolePool(2);
  afterAll(() => appSql.end());

  for (const epsg of [9209, 9210]) {
    it(`a zipped Shapefile in EPSG:${epsg} comes out of the mapping in WGS 84 within 1 cm`, async () => {
      const villages = await demoVillages();
      const bytes = gdalFile(collection(villages), 'shapefile', { epsg, lco: ['ENCODING=UTF-8'] });
      const table = await read(bytes, 'thon.zip');
      const mapping = suggestMapping('villages', table.columns);
      expect(mapping).toMatchObject({ name: 'name', population: 'population' });
      const rows = await applyMapping(appSql, 'villages', table, mapping);
      expect(rows.map((r) => [r.name, r.population, r.problems])).toEqual(
        villages.map((v) => [v.name, v.population, []]),
      );
      const worst = Math.max(
        ...villages.map((v, i) => worstVertexMetres(v.geometry, rows[i]?.geometry ?? null)),
      );
      expect(worst).toBeLessThan(0.01);
    });
  }
});
