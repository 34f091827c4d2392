// Applying a column mapping against the real PostGIS: sheets in VN-2000 made by GDAL's own
// `gdaltransform`/`ogr2ogr` come back to WGS 84 within 1 cm, through the app's database role,
// in one batch however many rows; and every kind of bad position is named, not stored.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColumnMapping, SourceRow, SourceTable } from '@ntm/api/imports/contract';
import { applyMapping } from '@ntm/api/imports/read/apply-mapping';
import { suggestMapping } from '@ntm/api/imports/read/column-mapping';
import { confirmZone } from '@ntm/api/imports/read/confirm-zone';
import { detectSheetCrs } from '@ntm/api/imports/read/detect-sheet-crs';
import type { Geometry, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { appRolePool, communeCode, testApp } from '../helpers/test-app';

const { sql } = testApp({ as: null });
/** The app's own role, as the import route will run it. */
const appSql = appRolePool(2);
afterAll(() => appSql.end());

type Point = { lng: number; lat: number };

async function pointsOverCommune(count = 20): Promise<Point[]> {
  return sql<Point[]>`
    select ST_X(p.geom) as lng, ST_Y(p.geom) as lat
    from communes c, ST_Dump(ST_GeneratePoints(c.geom, ${count}, 11)) p
    where c.commune_code = ${communeCode}`;
}

/** GDAL's answer, WGS 84 → `epsg`, as [x, y] (easting, northing or lng, lat). */
function gdalTransform(points: Point[], epsg: number): Array<[number, number]> {
  const output = execFileSync(
    'gdaltransform',
    ['-s_srs', 'EPSG:4326', '-t_srs', `EPSG:${epsg}`, '-output_xy'],
    {
      input: points.map((p) => `${p.lng} ${p.lat}`).join('\n'),
      encoding: 'utf8',
      env: { ...process.env, OSR_DEFAULT_AXIS_MAPPING_STRATEGY: 'TRADITIONAL_GIS_ORDER' },
    },
  );
  return output
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).slice(0, 2).map(Number) as [number, number]);
}

function metresBetween(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad * Math.cos(a.lat * rad);
  return 6_371_008.8 * Math.hypot(dLat, dLng);
}

/** A registry sheet read with the mapping the importer suggests for its columns. */
const readRegistry = (sheet: SourceTable, crs?: number) =>
  applyMapping(appSql, 'registry', sheet, suggestMapping('registry', sheet.columns), crs);

function table(
  columns: string[],
  values: Array<Record<string, string | number | null>>,
): SourceTable {
  const rows: SourceRow[] = values.map((v, i) => ({ rowNumber: i + 2, values: v, geometry: null }));
  return {
    fileName: 'so-dang-ky.xlsx',
    sha256: '0'.repeat(64),
    format: 'xlsx',
    columns,
    rows,
    crs: { epsg: null, source: 'none', note: '' },
    encoding: { detected: 'utf-8', samples: [] },
  };
}

/** "2291234,567" as a Vietnamese sheet writes metres. */
const vnMetres = (n: number) => n.toFixed(3).replace('.', ',');

const base = {
  'Tên cơ sở': 'Nhà nghỉ Hoa Hồng',
  'Địa chỉ': 'thôn Phù Tải',
  'Loại hình': 'Nhà nghỉ',
};
const columns = ['Tên cơ sở', 'Địa chỉ', 'Loại hình'];

describe('applyMapping: positions through PostGIS', () => {
  for (const epsg of [9209, 9210]) {
    it(`VN-2000 X/Y in EPSG:${epsg} made by gdaltransform come back within 1 cm`, async () => {
      const points = await pointsOverCommune();
      const projected = gdalTransform(points, epsg);
      const sheet = table(
        [...columns, 'Tọa độ X', 'Tọa độ Y'],
        projected.map(([easting, northing]) => ({
          ...base,
          'Tọa độ X': vnMetres(northing),
          'Tọa độ Y': vnMetres(easting),
        })),
      );
      const mapping = suggestMapping('registry', sheet.columns);
      expect(mapping).toMatchObject({ x: 'Tọa độ X', y: 'Tọa độ Y' });
      const rows = await applyMapping(appSql, 'registry', sheet, mapping, epsg);
      rows.forEach((row, i) => {
        expect(row.problems).toEqual([]);
        const [lng = 0, lat = 0] = row.position?.coordinates ?? [];
        expect(metresBetween(points[i] as Point, { lng, lat })).toBeLessThan(0.01);
      });
    });
  }

  it('without a chosen system takes zone 105°45′ for X/Y and WGS 84 for degrees', async () => {
    const [point] = (await pointsOverCommune(1)) as [Point];
    const [[easting, northing]] = gdalTransform([point], 9210) as [[number, number]];
    const metres = table([...columns, 'X', 'Y'], [{ ...base, X: northing, Y: easting }]);
    const mapping: ColumnMapping = { ...suggestMapping('registry', columns), x: 'X', y: 'Y' };
    const [row] = await applyMapping(appSql, 'registry', metres, mapping);
    const [lng = 0, lat = 0] = row?.position?.coordinates ?? [];
    expect(metresBetween(point, { lng, lat })).toBeLessThan(0.01);

    const degrees = table(
      [...columns, 'Vĩ độ', 'Kinh độ'],
      [{ ...base, 'Vĩ độ': String(point.lat).replace('.', ','), 'Kinh độ': point.lng }],
    );
    const [wgs] = await readRegistry(degrees);
    expect(wgs?.position?.coordinates[0]).toBeCloseTo(point.lng, 9);
    expect(wgs?.position?.coordinates[1]).toBeCloseTo(point.lat, 9);
  });

  it('VN-2000 degrees (EPSG:4756) in one Tọa độ column, decimal or DMS', async () => {
    const points = await pointsOverCommune(5);
    const vn2000 = gdalTransform(points, 4756);
    const dms = (value: number, hemisphere: string) => {
      const d = Math.floor(value);
      const m = Math.floor((value - d) * 60);
      const s = ((value - d) * 60 - m) * 60;
      return `${d}°${m}'${s.toFixed(4).replace('.', ',')}"${hemisphere}`;
    };
    const sheet = table(
      [...columns, 'Tọa độ'],
      vn2000.map(([lng, lat], i) => ({
        ...base,
        'Tọa độ':
          i % 2 ? `${lat.toFixed(10)}, ${lng.toFixed(10)}` : `${dms(lat, 'N')} ${dms(lng, 'E')}`,
      })),
    );
    const rows = await readRegistry(sheet, 4756);
    rows.forEach((row, i) => {
      const [lng = 0, lat = 0] = row.position?.coordinates ?? [];
      // 0.0001″ of DMS is 3 mm.
      expect(metresBetween(points[i] as Point, { lng, lat })).toBeLessThan(0.01);
    });
  });

  it('20,000 rows come back in order from one batch', async () => {
    const points = await pointsOverCommune(200);
    const projected = gdalTransform(points, 9210);
    const values = Array.from({ length: 20_000 }, (_, i) => {
      const [easting, northing] = projected[i % 200] as [number, number];
      return { ...base, 'Tên cơ sở': `Cơ sở ${i}`, X: northing, Y: easting };
    });
    const sheet = table([...columns, 'X', 'Y'], values);
    const rows = await readRegistry(sheet, 9210);
    expect(rows).toHaveLength(20_000);
    for (const i of [0, 1, 199, 200, 12_345, 19_999]) {
      const [lng = 0, lat = 0] = rows[i]?.position?.coordinates ?? [];
      expect(rows[i]?.business.name).toBe(`Cơ sở ${i}`);
      expect(metresBetween(points[i % 200] as Point, { lng, lat })).toBeLessThan(0.01);
    }
  });
});

describe('confirmZone: the zone whose numbers land on the commune', () => {
  const sheetIn = async (epsg: number) => {
    const projected = gdalTransform(await pointsOverCommune(), epsg);
    return table(
      ['X', 'Y'],
      projected.map(([easting, northing]) => ({ X: northing, Y: easting })),
    );
  };
  const mapping: ColumnMapping = { x: 'X', y: 'Y' };
  /** The zone confirmed for the rows, from the one their numbers alone suggest. */
  const confirmRows = (rows: Parameters<typeof detectSheetCrs>[0]) =>
    confirmZone(appSql, communeCode, rows, mapping, detectSheetCrs(rows, mapping));

  it('finds 105°30′ (the former Hải Dương) where the numbers alone said 105°45′', async () => {
    const sheet = await sheetIn(9209);
    const guess = detectSheetCrs(sheet.rows, mapping);
    expect(guess.epsg).toBe(9210);
    const confirmed = await confirmZone(appSql, communeCode, sheet.rows, mapping, guess);
    expect(confirmed).toMatchObject({ epsg: 9209, source: 'magnitude' });
    expect(confirmed.note).toContain('20/20 điểm nằm trong xã');
    expect(confirmed.note).toContain('Hãy xác nhận');
  });

  it('keeps 105°45′ when that is where the points land', async () => {
    const sheet = await sheetIn(9210);
    const confirmed = await confirmRows(sheet.rows);
    expect(confirmed.epsg).toBe(9210);
    expect(confirmed.note).toContain('20/20 điểm nằm trong xã');
  });

  it('says so when no zone puts the points on the commune, and leaves named zones alone', async () => {
    const far = table(['X', 'Y'], [{ X: 1_200_000, Y: 600_000 }]);
    const confirmed = await confirmRows(far.rows);
    expect(confirmed.epsg).toBe(9210);
    expect(confirmed.note).toContain('không nằm trong xã');
    const named = { epsg: 9209, source: 'columns' as const, note: 'theo tên cột' };
    expect(await confirmZone(appSql, communeCode, far.rows, mapping, named)).toBe(named);
  });
});

describe('applyMapping: what cannot be stored is named', () => {
  const sheetColumns = [
    'Tên cơ sở',
    'Địa chỉ',
    'Loại hình',
    'Thôn',
    'Tình trạng',
    'SĐT',
    'Vĩ độ',
    'Kinh độ',
  ];
  const row = (values: Record<string, string | number | null>) => ({
    'Tên cơ sở': 'Karaoke Ánh Dương',
    'Địa chỉ': 'thôn Đan Giáp',
    'Loại hình': 'Karaoke',
    Thôn: 'Đan Giáp',
    'Tình trạng': 'Đang hoạt động',
    SĐT: 912345678,
    'Vĩ độ': '20,7235',
    'Kinh độ': '106,2409',
    ...values,
  });

  it('names each problem in Vietnamese and keeps good rows whole', async () => {
    const sheet = table(sheetColumns, [
      row({}),
      row({ 'Vĩ độ': '106,2409', 'Kinh độ': '20,7235' }),
      row({ 'Vĩ độ': '', 'Kinh độ': null }),
      row({ 'Vĩ độ': '', 'Kinh độ': '', Thôn: null }),
      row({ 'Vĩ độ': 'gần chợ', 'Kinh độ': '106,24' }),
      row({ 'Vĩ độ': '48,85', 'Kinh độ': '2,35' }),
      row({ 'Tên cơ sở': '  ', 'Địa chỉ': null }),
      row({ 'Loại hình': 'Tạp hóa' }),
      row({ 'Loại hình': 'Khác', 'Tình trạng': 'Tạm ngừng' }),
      row({ 'Tình trạng': 'chưa rõ' }),
    ]);
    const rows = await readRegistry(sheet, 4326);
    const codes = rows.map((r) => r.problems.map((p) => p.code));
    expect(codes).toEqual([
      [],
      [],
      ['no-position'],
      ['no-position'],
      ['bad-coordinates'],
      ['outside-vietnam'],
      ['missing-name', 'missing-address'],
      ['unknown-type'],
      [],
      ['bad-value'],
    ]);
    expect(rows[0]).toEqual({
      rowNumber: 2,
      business: {
        name: 'Karaoke Ánh Dương',
        type: 'karaoke',
        address: 'thôn Đan Giáp',
        licenceNumber: null,
        licensedTrade: null,
        owner: null,
        phone: '0912345678',
        status: 'active',
      },
      villageName: 'Đan Giáp',
      position: { type: 'Point', coordinates: [106.2409, 20.7235] },
      problems: [],
    });
    expect(rows[1]?.position?.coordinates).toEqual([106.2409, 20.7235]);
    expect(rows[2]?.problems[0]?.message).toContain('trưởng thôn Đan Giáp');
    expect(rows[3]?.problems[0]?.message).toBe('Không có tọa độ và không có thôn');
    expect(rows[5]?.problems[0]?.message).toContain('ngoài Việt Nam');
    expect(rows[7]?.problems[0]?.message).toContain('"Tạp hóa"');
    expect(rows[8]?.business).toMatchObject({ type: 'other', status: 'suspended' });
  });

  it('refuses degrees read in a projected system and metres in a geographic one', async () => {
    const degrees = table(sheetColumns, [row({})]);
    const [inMetres] = await readRegistry(degrees, 9210);
    expect(inMetres?.problems.map((p) => p.code)).toEqual(['bad-coordinates']);
    expect(inMetres?.problems[0]?.message).toContain('tính bằng mét');
    const metres = table([...columns, 'X', 'Y'], [{ ...base, X: 2291234.5, Y: 551234.2 }]);
    const [inDegrees] = await readRegistry(metres, 4326);
    expect(inDegrees?.problems[0]?.message).toContain('tính bằng độ');
  });

  it('X/Y far from Vietnam in the chosen zone are outside Vietnam', async () => {
    const metres = table([...columns, 'X', 'Y'], [{ ...base, X: 2_650_000, Y: 950_000 }]);
    expect(detectSheetCrs(metres.rows, { x: 'X', y: 'Y' }).epsg).toBe(9210);
    const [far] = await readRegistry(metres, 3406);
    expect(far?.problems.map((p) => p.code)).toEqual(['outside-vietnam']);
  });
});

describe('applyMapping: boundaries', () => {
  it('a village drawn in VN-2000 by ogr2ogr comes back where it was, within 1 cm', async () => {
    const [village] = await sql<Array<{ name: string; geometry: Polygon }>>`
      select name, ST_AsGeoJSON(geom, 9)::json as geometry from villages order by id limit 1`;
    if (!village) throw new Error('no village in the test database');
    const dir = mkdtempSync(join(tmpdir(), 'import-mapping-'));
    try {
      const source = join(dir, 'thon.geojson');
      const projected = join(dir, 'thon-9210.geojson');
      writeFileSync(
        source,
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { TEN_THON: village.name, DAN_SO: '1.234' },
              geometry: village.geometry,
            },
          ],
        }),
      );
      execFileSync('ogr2ogr', [
        '-f',
        'GeoJSON',
        '-s_srs',
        'EPSG:4326',
        '-t_srs',
        'EPSG:9210',
        '-lco',
        'COORDINATE_PRECISION=4',
        projected,
        source,
      ]);
      const feature = JSON.parse(readFileSync(projected, 'utf8')).features[0] as {
        properties: Record<string, string>;
        geometry: Geometry;
      };
      const sheet: SourceTable = {
        ...table(['TEN_THON', 'DAN_SO'], []),
        format: 'geojson',
        rows: [{ rowNumber: 1, values: feature.properties, geometry: feature.geometry }],
        crs: { epsg: 9210, source: 'file', note: '' },
      };
      const mapping = suggestMapping('villages', sheet.columns);
      const [row] = await applyMapping(appSql, 'villages', sheet, mapping);
      expect(row).toMatchObject({ name: village.name, population: 1234, problems: [] });
      const [distance] = await sql<Array<{ metres: number }>>`
        select ST_HausdorffDistance(
          ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(row?.geometry)}), 4326), 9210),
          ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(village.geometry)}), 4326), 9210)
        ) as metres`;
      expect(distance?.metres).toBeLessThan(0.01);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a point for a village and a key area of no known kind', async () => {
    const point: Geometry = { type: 'Point', coordinates: [106.24, 20.72] };
    const sheet: SourceTable = {
      ...table(['Tên', 'Loại'], []),
      rows: [
        { rowNumber: 1, values: { Tên: 'Thôn A', Loại: 'Chợ' }, geometry: point },
        { rowNumber: 2, values: { Tên: null, Loại: 'Khu du lịch' }, geometry: null },
      ],
      crs: { epsg: 4326, source: 'file', note: '' },
    };
    const villages = await applyMapping(appSql, 'villages', sheet, { name: 'Tên' });
    expect(villages.map((r) => r.problems.map((p) => p.code))).toEqual([
      ['invalid-geometry'],
      ['missing-name', 'invalid-geometry'],
    ]);
    const keyAreas = await applyMapping(appSql, 'key-areas', sheet, { name: 'Tên', kind: 'Loại' });
    expect(keyAreas.map((r) => r.problems.map((p) => p.code))).toEqual([
      ['bad-value', 'invalid-geometry'],
      ['missing-name', 'invalid-geometry'],
    ]);
    expect(keyAreas[1]?.kind).toBe('tourist');
  });
});
