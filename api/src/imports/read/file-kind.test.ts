import { describe, expect, it } from 'vitest';
import { checkExtension, unknownContent } from './file-kind';

describe('checkExtension', () => {
  it('refuses a KML named .xlsx, naming both', () => {
    expect(checkExtension('danh-sach.xlsx', 'kml')).toMatchObject({
      status: 415,
      code: 'wrong-extension',
      message: expect.stringMatching(
        /^Tệp “danh-sach\.xlsx” không phải là tệp Excel: nội dung của nó là KML/,
      ),
    });
  });

  it('accepts either Excel format under either Excel extension, and any format under an unknown name', () => {
    expect(checkExtension('a.xls', 'xlsx')).toBeNull();
    expect(checkExtension('a.XLSX', 'xlsx')).toBeNull();
    expect(checkExtension('ranh-gioi.zip', 'shapefile')).toBeNull();
    expect(checkExtension('tai-ve', 'geojson')).toBeNull();
  });

  it('refuses a spreadsheet called .zip and a Shapefile called .kml', () => {
    expect(checkExtension('a.zip', 'xlsx')).toMatchObject({ status: 415 });
    expect(checkExtension('a.kml', 'shapefile')).toMatchObject({ status: 415 });
  });
});

describe('unknownContent', () => {
  it('names what the extension promised', () => {
    expect(unknownContent('a.xlsx', 'tệp PDF hoặc ảnh').message).toMatch(
      /^Tệp “a\.xlsx” không phải là tệp Excel \(nội dung là tệp PDF hoặc ảnh\)/,
    );
    expect(unknownContent('a.pdf')).toMatchObject({ status: 415, code: 'unsupported-format' });
  });
});
