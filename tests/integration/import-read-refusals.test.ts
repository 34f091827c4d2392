// The bad files of issue #14 that are the reader's to refuse, each with its status and a plain
// Vietnamese message: real files made by GDAL, exceljs and fflate, no binaries committed.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ImportKind } from '@ntm/api/imports/contract';
import { isRefusal } from '@ntm/api/imports/read/read-refusal';
import { readSourceFile } from '@ntm/api/imports/read/read-source-file';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { FeatureCollection, Geometry } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gdalFile } from '../helpers/gdal-files';

const read = (
  fileName: string,
  bytes: Uint8Array,
  options: { kind?: ImportKind; crs?: number } = {},
) => readSourceFile({ fileName, bytes }, { kind: 'villages', ...options });

const square = (lng: number, lat: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + 0.001, lat],
      [lng + 0.001, lat + 0.001],
      [lng, lat + 0.001],
      [lng, lat],
    ],
  ],
});

const villages: FeatureCollection<Geometry | null> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Phù Tải' }, geometry: square(106.24, 20.72) },
    { type: 'Feature', properties: { name: 'Đan Giáp' }, geometry: square(106.25, 20.73) },
  ],
};

const esriPrj = (epsg: number) =>
  execFileSync('gdalsrsinfo', ['-o', 'wkt_esri', `EPSG:${epsg}`], { encoding: 'utf8' }).trim();

/** A zip's central directory rewritten so that every entry claims `declaredBytes`. */
function claimSizes(zip: Uint8Array, declaredBytes: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i < copy.length - 46; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, declaredBytes, true);
  return copy;
}

describe('files the reader refuses', () => {
  it('an empty file: 400', async () => {
    expect(await read('thon.zip', new Uint8Array())).toMatchObject({
      refused: true,
      status: 400,
      code: 'empty-file',
      message: 'Tệp “thon.zip” rỗng (0 byte): hãy chọn lại đúng tệp dữ liệu.',
    });
  });

  it('a 60 MB file: 413 before it is opened', async () => {
    const refusal = await read('danh-sach.csv', new Uint8Array(60 * 1024 * 1024).fill(0x41), {
      kind: 'registry',
    });
    expect(refusal).toMatchObject({ status: 413, code: 'file-too-large' });
    expect(isRefusal(refusal) && refusal.message).toContain('quá mức 50 MB');
  });

  it('a zip bomb: by its declared sizes, by its ratio, and by inflating past what it declared', async () => {
    const shapefile = unzipSync(gdalFile(villages, 'shapefile', { epsg: 4326 }));
    const declaredHuge = claimSizes(zipSync(shapefile), 200 * 1024 * 1024);
    expect(await read('thon.zip', declaredHuge)).toMatchObject({ status: 413, code: 'zip-bomb' });

    const ratio = zipSync({ ...shapefile, 'thon/thon.dbf': new Uint8Array(60_000_000) });
    expect(await read('thon.zip', ratio)).toMatchObject({ status: 413, code: 'zip-bomb' });

    // 20 MB of zeros that claim to be 1,000 bytes: no check before inflating can see it.
    const liar = claimSizes(
      zipSync({
        'thon/thon.dbf': new Uint8Array(20_000_000),
        'thon/thon.shp': new Uint8Array(100),
        'thon/thon.shx': new Uint8Array(100),
      }),
      1000,
    );
    const refusal = await read('thon.zip', liar);
    expect(refusal).toMatchObject({ status: 413, code: 'zip-bomb' });
    expect(isRefusal(refusal) && refusal.message).toContain('giải nén ra lớn hơn khai báo');
  });

  it('a zip with a path that climbs out, or a zip inside the zip: 422', async () => {
    const parts = unzipSync(gdalFile(villages, 'shapefile'));
    const climbing = Object.fromEntries(
      Object.entries(parts).map(([name, data]) => [`../../${name}`, data]),
    );
    expect(await read('thon.zip', zipSync(climbing))).toMatchObject({
      status: 422,
      code: 'zip-unsafe-path',
    });
    expect(
      await read('thon.zip', zipSync({ ...parts, 'cu/thon.zip': zipSync(parts) })),
    ).toMatchObject({
      status: 422,
      code: 'zip-nested',
    });
  });

  it('a Shapefile without .shx or without .dbf: 422 naming the missing part', async () => {
    const noShx = await read('thon.zip', gdalFile(villages, 'shapefile', { omit: ['shx'] }));
    expect(noShx).toMatchObject({ status: 422, code: 'shapefile-missing-part' });
    expect(isRefusal(noShx) && noShx.message).toMatch(
      /^Shapefile “thon” thiếu tệp \.shx \(chỉ mục hình\)/,
    );
    const noDbf = await read('thon.zip', gdalFile(villages, 'shapefile', { omit: ['dbf'] }));
    expect(isRefusal(noDbf) && noDbf.message).toContain('thiếu tệp .dbf (bảng thuộc tính)');
  });

  it('a Shapefile without .prj is read and asks for the system', async () => {
    const table = await read(
      'thon.zip',
      gdalFile(villages, 'shapefile', { omit: ['prj'], lco: ['ENCODING=UTF-8'] }),
    );
    if (isRefusal(table)) throw new Error(table.message);
    expect(table.crs).toEqual({
      epsg: null,
      source: 'none',
      note: 'Tệp không có .prj: chọn hệ tọa độ',
    });
    expect(table.rows.map((r) => r.values.name)).toEqual(['Phù Tải', 'Đan Giáp']);
  });

  it('a wrong .prj: degrees under a TM-3 .prj, metres under a geographic one: 422, no guessing', async () => {
    const degrees = await read(
      'thon.zip',
      gdalFile(villages, 'shapefile', { epsg: 4326, prj: esriPrj(9210) }),
    );
    expect(degrees).toMatchObject({ status: 422, code: 'crs-mismatch' });
    expect(isRefusal(degrees) && degrees.message).toMatch(
      /^Tệp \.prj ghi hệ VN-2000 \/ TM-3 kinh tuyến trục 105°45′ \(EPSG:9210\), đơn vị mét, nhưng tọa độ trong tệp là độ kinh\/vĩ/,
    );
    const metres = await read(
      'thon.zip',
      gdalFile(villages, 'shapefile', { epsg: 9210, prj: esriPrj(4756) }),
    );
    expect(metres).toMatchObject({ status: 422, code: 'crs-mismatch' });
    expect(isRefusal(metres) && metres.message).toContain('tọa độ trong tệp là mét');
  });

  it('a user’s system that puts the features outside Vietnam: 422', async () => {
    // TM-3 metres read as if zone 103°: still Vietnam. As UTM 49N's metres they leave nothing to check,
    // but as WGS 84 degrees they are not degrees at all.
    const bytes = gdalFile(villages, 'shapefile', { epsg: 9210, omit: ['prj'] });
    expect(await read('thon.zip', bytes, { crs: 4326 })).toMatchObject({
      status: 422,
      code: 'crs-mismatch',
    });
  });

  it('a file that is not what its extension says: 415', async () => {
    const kml = gdalFile(villages, 'kml');
    expect(await read('danh-sach.xlsx', kml, { kind: 'registry' })).toMatchObject({
      status: 415,
      code: 'wrong-extension',
      message: expect.stringMatching(
        /^Tệp “danh-sach\.xlsx” không phải là tệp Excel: nội dung của nó là KML/,
      ),
    });
    const pdf = new TextEncoder().encode('%PDF-1.7\n\x01\x02\x03 binary');
    expect(await read('danh-sach.xlsx', pdf, { kind: 'registry' })).toMatchObject({
      status: 415,
      message: expect.stringMatching(/^Tệp “danh-sach\.xlsx” không phải là tệp Excel/),
    });
    const shp = unzipSync(gdalFile(villages, 'shapefile'))['thon/thon.shp'] as Uint8Array;
    expect(await read('thon.shp', shp)).toMatchObject({
      status: 415,
      code: 'shapefile-not-zipped',
    });
  });

  it('a spreadsheet offered as village boundaries: 422', async () => {
    expect(
      await read('thon.csv', new TextEncoder().encode('Tên thôn,Dân số\nPhù Tải,1200\n')),
    ).toMatchObject({
      status: 422,
      code: 'sheet-for-areas',
    });
  });
});

describe('formulas in an XLSX', () => {
  async function workbook(rows: Array<Array<ExcelJS.CellValue>>): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh sách');
    for (const row of rows) sheet.addRow(row);
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  it('a sheet of formulas only: 422 asking for values', async () => {
    const bytes = await workbook([
      ['Tên cơ sở', 'Địa chỉ'],
      [
        { formula: 'Nguon!A2', result: 'Nhà nghỉ Hoa' },
        { formula: 'Nguon!B2', result: 'Phù Tải' },
      ],
      [
        { formula: 'Nguon!A3', result: 'Karaoke Hồng' },
        { formula: 'Nguon!B3', result: 'Đan Giáp' },
      ],
    ]);
    const refusal = await read('danh-sach.xlsx', bytes, { kind: 'registry' });
    expect(refusal).toMatchObject({ status: 422, code: 'sheet-formulas' });
    expect(isRefusal(refusal) && refusal.message).toContain('Dán giá trị');
  });

  it('a row with a formula gets the problem formula; the other rows are read', async () => {
    const bytes = await workbook([
      ['Tên cơ sở', 'Kinh độ'],
      ['Nhà nghỉ Hoa', 106.24],
      ['Karaoke Hồng', { formula: 'B2+0.01', result: 106.25 }],
    ]);
    const table = await read('danh-sach.xlsx', bytes, { kind: 'registry' });
    if (isRefusal(table)) throw new Error(table.message);
    expect(
      table.rows.map((r) => [r.rowNumber, r.values['Tên cơ sở'], r.problems?.map((p) => p.code)]),
    ).toEqual([
      [2, 'Nhà nghỉ Hoa', undefined],
      [3, 'Karaoke Hồng', ['formula']],
    ]);
    expect(table.rows[1]?.problems?.[0]?.message).toContain('Ô B3 là công thức (=B2+0.01)');
  });
});

describe('KML network links are never followed', () => {
  let hits = 0;
  const server = createServer((_, response) => {
    hits++;
    response.end('<kml><Placemark><name>from the network</name></Placemark></kml>');
  });
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const kml = (body: string) =>
    new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Style id="s"><IconStyle><Icon><href>${url}/icon.png</href></Icon></IconStyle></Style>${body}</Document></kml>`);
  const link = (path: string) =>
    `<NetworkLink><name>thêm</name><Link><href>${url}/${path}</href><refreshMode>onInterval</refreshMode></Link></NetworkLink>`;
  const placemark =
    '<Placemark><name>Thôn Phù Tải</name><styleUrl>#s</styleUrl><Point><coordinates>106.24,20.72,0</coordinates></Point></Placemark>';

  it('reads the placemarks, says the links were left out, and the server sees no request', async () => {
    const table = await read('thon.kml', kml(`${link('a.kml')}${placemark}${link('b.kmz')}`));
    if (isRefusal(table)) throw new Error(table.message);
    expect(table.rows.map((r) => r.values.Name ?? r.values.name)).toEqual(['Thôn Phù Tải']);
    expect(table.notes).toEqual([
      expect.stringContaining('2 liên kết mạng (NetworkLink) không được tải về'),
    ]);
    const kmz = zipSync({ 'doc.kml': kml(`${link('c.kml')}${placemark}`) });
    expect(await read('thon.kmz', kmz)).toMatchObject({
      notes: [expect.stringContaining('1 liên kết mạng')],
    });
    expect(hits).toBe(0);
  });

  it('refuses a KML of links only, and still fetches nothing', async () => {
    expect(await read('thon.kml', kml(link('a.kml')))).toMatchObject({
      status: 422,
      code: 'kml-only-links',
    });
    expect(hits).toBe(0);
  });
});
