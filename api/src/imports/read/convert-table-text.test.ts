import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceRow } from '../contract';
import { convertTableText } from './convert-table-text';
import { encodeLegacy } from './legacy-encode';

/** What GDAL gives for a DBF without a .cpg: each byte as the Latin-1 character. */
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

const names = ['Nhà nghỉ Hoa Hồng', 'Karaoke Ánh Dương', 'Quán cà phê Đảo Cò'];
const villages = ['Phù Tải', 'Đan Giáp', 'Phù Tải'];

describe('convertTableText', () => {
  /** A Shapefile whose DBF holds `encode`'s bytes, no .cpg; read back as GDAL reads it as Latin-1. */
  function throughShapefile(encode: (text: string) => string): SourceRow[] {
    const dir = mkdtempSync(join(tmpdir(), 'legacy-shp-'));
    try {
      const features = names.map((name, i) => ({
        type: 'Feature',
        properties: { TEN_CS: encode(name), THON: encode(villages[i] ?? '') },
        geometry: { type: 'Point', coordinates: [106.24 + i / 1000, 20.72] },
      }));
      writeFileSync(
        join(dir, 'in.geojson'),
        JSON.stringify({ type: 'FeatureCollection', features }),
      );
      // Latin-1 characters written as Latin-1 put exactly the legacy bytes in the DBF.
      execFileSync('ogr2ogr', [
        '-f',
        'ESRI Shapefile',
        '-lco',
        'ENCODING=ISO-8859-1',
        join(dir, 'co-so.shp'),
        join(dir, 'in.geojson'),
      ]);
      rmSync(join(dir, 'co-so.cpg'), { force: true });
      execFileSync('ogr2ogr', [
        '-f',
        'GeoJSON',
        '-oo',
        'ENCODING=ISO-8859-1',
        join(dir, 'out.geojson'),
        join(dir, 'co-so.shp'),
      ]);
      const read = JSON.parse(readFileSync(join(dir, 'out.geojson'), 'utf8')) as {
        features: Array<{ properties: Record<string, string> }>;
      };
      return read.features.map((f, i) => ({
        rowNumber: i + 1,
        values: f.properties,
        geometry: null,
      }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('reads a TCVN3 Shapefile that GDAL opened as Latin-1', () => {
    const rows = throughShapefile((text) => latin1(encodeLegacy(text, 'tcvn3')));
    expect(rows[0]?.values.TEN_CS).toBe('Nhµ nghØ Hoa Hång');
    const table = convertTableText(['TEN_CS', 'THON'], rows);
    expect(table.encoding.detected).toBe('tcvn3');
    expect(table.rows.map((r) => r.values.TEN_CS)).toEqual(names);
    expect(table.rows.map((r) => r.values.THON)).toEqual(villages);
    expect(table.encoding.samples[0]).toEqual({
      before: 'Nhµ nghØ Hoa Hång',
      after: 'Nhà nghỉ Hoa Hồng',
    });
  });

  it('reads a UTF-8 Shapefile without .cpg that GDAL opened as Latin-1', () => {
    const rows = throughShapefile((text) => latin1(new TextEncoder().encode(text)));
    expect(rows[0]?.values.TEN_CS).toBe(latin1(new TextEncoder().encode(names[0] ?? '')));
    const table = convertTableText(['TEN_CS', 'THON'], rows);
    expect(table.encoding.detected).toBe('utf-8');
    expect(table.rows.map((r) => r.values.TEN_CS)).toEqual(names);
    expect(table.encoding.samples[0]?.after).toBe(names[0]);
  });

  it('converts VNI headers and cells of a sheet, leaving numbers alone', () => {
    const vni = (text: string) => latin1(encodeLegacy(text, 'vni'));
    const rows: SourceRow[] = names.map((name, i) => ({
      rowNumber: i + 2,
      values: { [vni('Tên cơ sở')]: vni(name), [vni('Số điện thoại')]: 912345678 + i },
      geometry: null,
    }));
    const table = convertTableText([vni('Tên cơ sở'), vni('Số điện thoại')], rows);
    expect(table.encoding.detected).toBe('vni');
    expect(table.columns).toEqual(['Tên cơ sở', 'Số điện thoại']);
    expect(table.rows[0]?.values).toEqual({ 'Tên cơ sở': names[0], 'Số điện thoại': 912345678 });
  });

  it('leaves a Unicode table as it is and a declared encoding wins', () => {
    const rows: SourceRow[] = [{ rowNumber: 2, values: { Tên: 'Hoàng' }, geometry: null }];
    expect(convertTableText(['Tên'], rows)).toEqual({
      columns: ['Tên'],
      rows,
      encoding: { detected: 'utf-8', samples: [] },
    });
    expect(convertTableText(['Tên'], rows, 'vni').rows[0]?.values).toEqual({ Tên: 'Hồng' });
  });
});
