import { describe, expect, it } from 'vitest';
import { matchColumns, normaliseHeader, suggestMapping } from './column-mapping';

describe('normaliseHeader', () => {
  it('drops diacritics, case and spacing', () => {
    expect(normaliseHeader('  Tên   cơ SỞ ')).toBe('ten co so');
    expect(normaliseHeader('Số ĐKKD')).toBe('so dkkd');
    expect(normaliseHeader('Thôn/Xóm')).toBe('thon xom');
    expect(normaliseHeader('TEN_CS')).toBe('ten cs');
  });
});

describe('suggestMapping (registry)', () => {
  const fieldOf = (header: string) => {
    const mapping = suggestMapping('registry', [header]);
    return Object.keys(mapping)[0];
  };

  it.each([
    ['Tên cơ sở', 'name'],
    ['TEN CO SO', 'name'],
    ['Tên cơ sở kinh doanh', 'name'],
    ['Name', 'name'],
    ['TEN_CS', 'name'],
    ['Chủ cơ sở', 'owner'],
    ['Chủ hộ', 'owner'],
    ['Người đại diện', 'owner'],
    ['Owner', 'owner'],
    ['Tên chủ cơ sở', 'owner'],
    ['Địa chỉ', 'address'],
    ['DIACHI', 'address'],
    ['Address', 'address'],
    ['Số GCN', 'licenceNumber'],
    ['Số ĐKKD', 'licenceNumber'],
    ['Số giấy phép', 'licenceNumber'],
    ['GCN ĐKKD số', 'licenceNumber'],
    ['Licence no', 'licenceNumber'],
    ['Ngành nghề đăng ký', 'licensedTrade'],
    ['Ngành nghề KD', 'licensedTrade'],
    ['Loại hình', 'type'],
    ['Type', 'type'],
    ['Số điện thoại', 'phone'],
    ['SĐT', 'phone'],
    ['ĐT', 'phone'],
    ['Phone', 'phone'],
    ['Thôn', 'village'],
    ['Thôn/Xóm', 'village'],
    ['Village', 'village'],
    ['Tình trạng', 'status'],
    ['Status', 'status'],
    ['Kinh độ', 'lng'],
    ['Lng', 'lng'],
    ['Lon', 'lng'],
    ['Longitude', 'lng'],
    ['Vĩ độ', 'lat'],
    ['Lat', 'lat'],
    ['Latitude', 'lat'],
    ['X', 'x'],
    ['Tọa độ X', 'x'],
    ['Y', 'y'],
    ['Toạ độ Y', 'y'],
    ['Tọa độ', 'coordinates'],
  ])('%s → %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('maps a typical culture-office sheet, each field once', () => {
    const columns = [
      'STT',
      'Tên cơ sở',
      'Chủ cơ sở',
      'Địa chỉ',
      'Thôn',
      'Số GCN ĐKKD',
      'Ngày cấp GCN',
      'Ngành nghề KD',
      'Loại hình',
      'SĐT',
      'Tình trạng',
      'Kinh độ',
      'Vĩ độ',
    ];
    expect(suggestMapping('registry', columns)).toEqual({
      name: 'Tên cơ sở',
      owner: 'Chủ cơ sở',
      address: 'Địa chỉ',
      village: 'Thôn',
      licenceNumber: 'Số GCN ĐKKD',
      licensedTrade: 'Ngành nghề KD',
      type: 'Loại hình',
      phone: 'SĐT',
      status: 'Tình trạng',
      lng: 'Kinh độ',
      lat: 'Vĩ độ',
    });
  });

  it('gives a field to the most telling header when two could take it', () => {
    expect(suggestMapping('registry', ['Tên', 'Tên cơ sở'])).toEqual({ name: 'Tên cơ sở' });
    expect(suggestMapping('registry', ['Tọa độ X', 'Tọa độ Y', 'Tọa độ'])).toEqual({
      x: 'Tọa độ X',
      y: 'Tọa độ Y',
      coordinates: 'Tọa độ',
    });
  });

  it('leaves alone what it does not know, and dates of issue', () => {
    expect(suggestMapping('registry', ['STT', 'Ghi chú', 'Ngày cấp GCN'])).toEqual({});
  });

  it('says which header word each column matched', () => {
    expect(matchColumns('registry', ['SO_DT', 'Ten co so'])).toEqual([
      { field: 'phone', column: 'SO_DT', matched: 'Số ĐT', exact: true, score: expect.any(Number) },
      {
        field: 'name',
        column: 'Ten co so',
        matched: 'Tên cơ sở',
        exact: true,
        score: expect.any(Number),
      },
    ]);
  });
});

describe('suggestMapping (areas)', () => {
  it.each([
    [
      'villages',
      { name: 'TEN_THON', population: 'DAN_SO', formerCommune: 'XA_CU', note: 'GHI_CHU' },
    ],
    ['key-areas', { name: 'Name', kind: 'Loại', note: 'Mô tả' }],
    ['villages', { name: 'Tên', population: 'Dân số' }],
  ] as const)('maps %s attributes %j', (kind, mapping) => {
    expect(suggestMapping(kind, Object.values(mapping))).toEqual(mapping);
  });
});

describe('suggestMapping between two whole-header matches', () => {
  it('takes a "note" column for the note over a KML’s generic "description"', () => {
    expect(suggestMapping('key-areas', ['Name', 'description', 'kind', 'note'])).toMatchObject({
      name: 'Name',
      kind: 'kind',
      note: 'note',
    });
  });
});
