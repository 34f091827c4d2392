// Registry sheets and legacy text read back cell for cell: an XLSX and a CSV written by GDAL
// from the demo businesses (with VN-2000 X/Y of zones 105°30′ and 105°45′), an .xls written by
// SheetJS (GDAL cannot write .xls) with a title above its header, a Windows-1258 CSV and a
// TCVN3 Shapefile without .cpg made with iconv.
import { execFileSync } from 'node:child_process';
import type { SourceTable } from '@ntm/api/imports/contract';
import { isRefusal } from '@ntm/api/imports/read/read-refusal';
import { readSourceFile } from '@ntm/api/imports/read/read-source-file';
import ExcelJS from 'exceljs';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { gdalFile } from '../helpers/gdal-files';
import { communeCode, testApp } from '../helpers/test-app';
import { withFormulaCells, xlsFile } from '../helpers/xls-files';

const { sql } = testApp({ as: null });

type Business = {
  name: string;
  address: string;
  licence: string | null;
  x9209: number;
  y9209: number;
  x9210: number;
  y9210: number;
  lng: number;
  lat: number;
};

async function demoBusinesses(): Promise<Business[]> {
  const rows = await sql<Business[]>`
    select name, address, licence_number as licence,
           ST_X(ST_Transform(geom, 9209)) as x9209, ST_Y(ST_Transform(geom, 9209)) as y9209,
           ST_X(ST_Transform(geom, 9210)) as x9210, ST_Y(ST_Transform(geom, 9210)) as y9210,
           ST_X(geom) as lng, ST_Y(geom) as lat
    from businesses where commune_code = ${communeCode} order by id limit 40`;
  expect(rows.length).toBe(40);
  return rows;
}

// Vietnamese surveyors call the northing X and the easting Y.
const columns = [
  'Tên cơ sở',
  'Địa chỉ',
  'Số GCN',
  'X (105°30′)',
  'Y (105°30′)',
  'X (105°45′)',
  'Y (105°45′)',
  'Kinh độ',
  'Vĩ độ',
];
const cells = (b: Business) => [
  b.name,
  b.address,
  b.licence,
  b.y9209,
  b.x9209,
  b.y9210,
  b.x9210,
  b.lng,
  b.lat,
];

const sheetCollection = (businesses: Business[]): FeatureCollection<Geometry | null> => ({
  type: 'FeatureCollection',
  features: businesses.map((b) => ({
    type: 'Feature',
    properties: Object.fromEntries(columns.map((c, i) => [c, cells(b)[i]])),
    geometry: null,
  })),
});

async function read(fileName: string, bytes: Uint8Array): Promise<SourceTable> {
  const table = await readSourceFile({ fileName, bytes }, { kind: 'registry' });
  if (isRefusal(table)) throw new Error(`${table.status} ${table.code}: ${table.message}`);
  return table;
}

/** Every cell as written: text exactly, numbers within 1 mm (metres) or 1e-9° (degrees). */
function expectSameCells(table: SourceTable, businesses: Business[], firstRow: number) {
  expect(table.columns).toEqual(columns);
  expect(table.rows.map((r) => r.rowNumber)).toEqual(businesses.map((_, i) => firstRow + i));
  businesses.forEach((b, i) => {
    const values = table.rows[i]?.values ?? {};
    const want = cells(b);
    columns.forEach((column, c) => {
      const expected = want[c];
      const actual = values[column];
      if (typeof expected === 'number') {
        expect(Number(actual), `${column} row ${i}`).toBeCloseTo(expected, c >= 7 ? 9 : 3);
      } else expect(actual, column).toBe(expected ?? null);
    });
  });
}

describe('reading registry sheets', () => {
  it('an XLSX written by GDAL, cell for cell, header on row 1', async () => {
    const businesses = await demoBusinesses();
    const table = await read('danh-sach.xlsx', gdalFile(sheetCollection(businesses), 'xlsx'));
    expect(table).toMatchObject({ format: 'xlsx', crs: { epsg: null, source: 'none' } });
    expect(table.encoding).toEqual({ detected: 'utf-8', samples: [] });
    expectSameCells(table, businesses, 2);
  });

  it('an XLSX with a merged title row and two sheets: the sheet asked for, its header under the title', async () => {
    const businesses = (await demoBusinesses()).slice(0, 5);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Ghi chú').addRow(['Tệp gửi Phòng VH-XH']);
    const sheet = book.addWorksheet('Cơ sở 2026');
    sheet.addRow(['DANH SÁCH CƠ SỞ KINH DOANH DỊCH VỤ NHẠY CẢM']);
    sheet.mergeCells('A1:I1');
    sheet.addRow(columns);
    for (const b of businesses) sheet.addRow(cells(b));
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const table = await readSourceFile(
      { fileName: 'a.xlsx', bytes },
      { kind: 'registry', sheet: 'cơ sở 2026' },
    );
    if (isRefusal(table)) throw new Error(table.message);
    expectSameCells(table, businesses, 3);
    const missing = await readSourceFile(
      { fileName: 'a.xlsx', bytes },
      { kind: 'registry', sheet: 'Năm 2025' },
    );
    expect(missing).toMatchObject({
      status: 422,
      code: 'no-such-sheet',
      message: 'Tệp không có trang tính “Năm 2025”. Các trang có: Ghi chú, Cơ sở 2026.',
    });
  });

  it('a UTF-8 CSV written by GDAL, cell for cell', async () => {
    const businesses = await demoBusinesses();
    const table = await read('danh-sach.csv', gdalFile(sheetCollection(businesses), 'csv'));
    expect(table.format).toBe('csv');
    expectSameCells(table, businesses, 2);
  });

  it('an .xls with a title row above the header, read by GDAL', async () => {
    const businesses = await demoBusinesses();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['DANH SÁCH CƠ SỞ KINH DOANH DỊCH VỤ NHẠY CẢM'],
      [],
      columns,
      ...businesses.map(cells),
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Danh sách');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'biff8' }));
    const table = await read('danh-sach.xls', bytes);
    expect(table.format).toBe('xls');
    expectSameCells(table, businesses, 4);
  });

  it('an .xls with formulas: the formula rows get the problem, a sheet of formulas only is refused', async () => {
    const rows = [
      ['Tên cơ sở', 'Kinh độ', 'Vĩ độ'],
      ...Array.from({ length: 200 }, (_, i) => [`Nhà nghỉ ${i}`, 106.2 + i / 1000, 20.7]),
    ];
    // Row 4 (0-based 3), column B.
    const table = await read(
      'danh-sach.xls',
      withFormulaCells(xlsFile('Danh sách', rows), [[3, 1]]),
    );
    expect(table.rows).toHaveLength(200);
    const flagged = table.rows.filter((r) => r.problems);
    // FreeXL (GDAL 3.6) gives the formula cell no value; the row says why.
    expect(
      flagged.map((r) => [r.rowNumber, r.values['Tên cơ sở'], r.problems?.map((p) => p.message)]),
    ).toEqual([
      [4, 'Nhà nghỉ 2', ['Ô B4 là công thức, không phải giá trị: hãy dán lại dạng giá trị.']],
    ]);

    const numbers = [
      ['Kinh độ', 'Vĩ độ'],
      ...Array.from({ length: 300 }, (_, i) => [106.2 + i / 1000, 20.7]),
    ];
    const everyCell = numbers.slice(1).flatMap(
      (_, i): Array<[number, number]> => [
        [i + 1, 0],
        [i + 1, 1],
      ],
    );
    const refusal = await readSourceFile(
      { fileName: 'a.xls', bytes: withFormulaCells(xlsFile('Danh sách', numbers), everyCell) },
      { kind: 'registry' },
    );
    expect(refusal).toMatchObject({ status: 422, code: 'sheet-formulas' });
  });

  it('a Windows-1258 CSV with semicolons reads in Unicode', async () => {
    const businesses = (await demoBusinesses()).slice(0, 10);
    const text = [['Tên cơ sở', 'Địa chỉ'], ...businesses.map((b) => [b.name, b.address])]
      .map((row) => row.join(';'))
      .join('\r\n');
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP1258'], { input: text });
    const table = await read('danh-sach.csv', new Uint8Array(bytes));
    expect(table.encoding.detected).toBe('windows-1258');
    expect(table.rows.map((r) => r.values['Tên cơ sở'])).toEqual(businesses.map((b) => b.name));
    expect(table.rows.map((r) => r.values['Địa chỉ'])).toEqual(businesses.map((b) => b.address));
  });

  it('a TCVN3 Shapefile without .cpg reads in Unicode, with before and after samples', async () => {
    // TCVN3 has no en dash: the 1990s files this stands for typed a hyphen.
    const businesses = (await demoBusinesses()).slice(0, 20).map((b) => ({
      ...b,
      name: b.name.replace(/–/g, '-'),
      address: b.address.replace(/–/g, '-'),
    }));
    // The DBF gets the TCVN3 bytes as they are: each byte a Latin-1 letter, written as Latin-1.
    const tcvn3 = (text: string) =>
      execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: text }).toString(
        'latin1',
      );
    const collection: FeatureCollection<Geometry | null> = {
      type: 'FeatureCollection',
      features: businesses.map((b) => ({
        type: 'Feature',
        properties: { ten: tcvn3(b.name), dia_chi: tcvn3(b.address) },
        geometry: { type: 'Point', coordinates: [b.lng, b.lat] },
      })),
    };
    const bytes = gdalFile(collection, 'shapefile', {
      epsg: 9210,
      lco: ['ENCODING=ISO-8859-1'],
      cpg: null,
    });
    const table = await read('co-so.zip', bytes);
    expect(table.encoding.detected).toBe('tcvn3');
    expect(table.encoding.samples.length).toBeGreaterThan(0);
    expect(table.rows.map((r) => r.values.ten)).toEqual(businesses.map((b) => b.name));
    expect(table.rows.map((r) => r.values.dia_chi)).toEqual(businesses.map((b) => b.address));
    expect(table.crs).toMatchObject({ epsg: 9210, source: 'prj' });
  });
});
