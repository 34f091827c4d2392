import { describe, expect, it } from 'vitest';
import type { MappedBusinessRow } from './contract';
import { type ExistingBusiness, type RegistryContext, registryVerdicts } from './registry-verdicts';

const stored: ExistingBusiness & { status: 'active' } = {
  id: 7,
  name: 'Nhà nghỉ Hoa Hồng',
  type: 'lodging',
  address: 'Thôn Phù Tải',
  licenceNumber: '04A8001234',
  licensedTrade: 'Lưu trú',
  owner: 'Nguyễn Văn A',
  phone: '0912345678',
  status: 'active',
  lng: 106.24,
  lat: 20.72,
};

const row = (
  rowNumber: number,
  business: Partial<MappedBusinessRow['business']>,
  position: [number, number] | null = [106.241, 20.721],
  villageName: string | null = null,
): MappedBusinessRow => ({
  rowNumber,
  business: {
    name: 'Karaoke Ánh Dương',
    type: 'karaoke',
    address: 'Thôn Đan Giáp',
    licenceNumber: null,
    licensedTrade: null,
    owner: null,
    phone: null,
    status: 'active',
    ...business,
  },
  villageName,
  position: position ? { type: 'Point', coordinates: position } : null,
  problems: [],
});

const context = (rows: MappedBusinessRow[], over: Partial<RegistryContext> = {}) =>
  registryVerdicts(rows, {
    existing: [stored],
    places: new Map(rows.map((r) => [r.rowNumber, { inVietnam: true, inCommune: true }])),
    villages: [{ id: 3, name: 'Phù Tải' }],
    mapping: {
      name: 'Tên',
      type: 'Loại',
      address: 'Địa chỉ',
      licenceNumber: 'Số GCN',
      owner: 'Chủ',
    },
    ...over,
  });

describe('registry verdicts', () => {
  it('a row matching nothing is new', () => {
    const [o] = context([row(2, {})]);
    expect(o).toMatchObject({ verdict: 'new', matchedId: null, problems: [] });
  });

  it('matches by licence number whatever the name or its case, and lists the changed fields', () => {
    const [o] = context([
      row(
        2,
        { licenceNumber: '04a8001234', name: 'Nhà nghỉ Hoa Hồng 2', type: 'lodging' },
        [106.24, 20.72],
      ),
    ]);
    expect(o).toMatchObject({
      verdict: 'update',
      matchedId: 7,
      changed: ['name', 'address', 'licenceNumber'],
    });
  });

  it('matches by name and address without case, spacing or diacritics', () => {
    const [o] = context([
      row(
        2,
        { name: 'nha nghi  hoa hong', address: 'THON PHU TAI', type: 'lodging' },
        [106.24, 20.72],
      ),
    ]);
    expect(o?.matchedId).toBe(7);
    expect(o?.changed).toEqual(['name', 'address']);
  });

  it('is unchanged when every mapped field and the position (within 1 cm) are equal', () => {
    const same = { ...stored, licenceNumber: stored.licenceNumber, owner: stored.owner };
    const [o] = context([row(2, same, [106.24 + 4e-8, 20.72])]);
    expect(o).toMatchObject({ verdict: 'unchanged', matchedId: 7, changed: [] });
    const [moved] = context([row(2, same, [106.24 + 2e-7, 20.72])]);
    expect(moved).toMatchObject({ verdict: 'update', changed: ['position'] });
  });

  it('an empty cell does not count as a change (it never erases)', () => {
    const [o] = context([row(2, { ...stored, owner: null }, [106.24, 20.72])]);
    expect(o?.verdict).toBe('unchanged');
  });

  it('refuses the second and later rows of a duplicate, naming the first', () => {
    const out = context([row(2, {}), row(3, { name: 'KARAOKE ANH DUONG' }), row(9, {})]);
    expect(out.map((o) => o.verdict)).toEqual(['new', 'refused', 'refused']);
    expect(out[2]?.problems).toEqual([
      { code: 'duplicate-in-file', message: 'Trùng với dòng 2 trong tệp' },
    ]);
  });

  it('keeps two rows under one name and address when their licence numbers differ', () => {
    const out = context([
      row(2, { licenceNumber: '04F8000001' }),
      row(3, { licenceNumber: '04F8000002' }),
      row(4, { licenceNumber: '04f8000001' }),
    ]);
    expect(out.map((o) => o.verdict)).toEqual(['new', 'new', 'refused']);
    expect(out[2]?.problems.map((p) => p.code)).toEqual(['duplicate-in-file']);
  });

  it('refuses a missing name, an unknown type and bad coordinates', () => {
    const [a, b, c] = context([
      row(2, { name: '  ' }),
      row(3, { name: 'X', type: 'tiệm vàng' }),
      row(4, { name: 'Y' }, [Number.NaN, 20.7]),
    ]);
    expect(a?.problems.map((p) => p.code)).toEqual(['missing-name']);
    expect(b?.problems.map((p) => p.code)).toEqual(['unknown-type']);
    expect(c?.problems.map((p) => p.code)).toEqual(['bad-coordinates']);
  });

  it('refuses positions outside Vietnam and outside the commune', () => {
    const rows = [row(2, { name: 'A' }), row(3, { name: 'B' })];
    const out = context(rows, {
      places: new Map([
        [2, { inVietnam: false, inCommune: false }],
        [3, { inVietnam: true, inCommune: false }],
      ]),
    });
    expect(out.map((o) => o.problems[0]?.code)).toEqual(['outside-vietnam', 'outside-commune']);
  });

  it('keeps a row without a position but with a known village as new and unplaced', () => {
    const [kept, unknown, none] = context([
      row(2, { name: 'A' }, null, 'phu tai'),
      row(3, { name: 'B' }, null, 'Thôn Không Có'),
      row(4, { name: 'C' }, null, null),
    ]);
    expect(kept).toMatchObject({ verdict: 'new', villageId: 3, geometry: null });
    expect(unknown?.problems.map((p) => p.code)).toEqual(['unknown-village', 'no-position']);
    expect(none?.problems.map((p) => p.code)).toEqual(['no-position']);
  });

  it('a matched row without a position updates the fields only', () => {
    const [o] = context([row(2, { ...stored, phone: '0987654321' }, null)]);
    expect(o).toMatchObject({ verdict: 'unchanged', matchedId: 7 });
    const [p] = context([row(2, { ...stored, owner: 'Trần Thị B' }, null)]);
    expect(p).toMatchObject({ verdict: 'update', changed: ['owner'] });
  });

  it('refuses what the registry itself refuses: an over-long name, a phone that is not one', () => {
    const [long, phone] = context([
      row(2, { name: 'x'.repeat(201) }),
      row(3, { phone: 'gọi sau' }),
    ]);
    expect(long?.problems).toEqual([
      { code: 'bad-value', field: 'name', message: 'Tên dài quá 200 ký tự' },
    ]);
    expect(phone?.problems).toEqual([
      { code: 'bad-value', field: 'phone', message: 'Số điện thoại không hợp lệ: «gọi sau»' },
    ]);
  });

  it('a reading problem refuses the row', () => {
    const r = row(2, {});
    r.problems.push({ code: 'formula', field: 'name', message: 'Ô là công thức' });
    expect(context([r])[0]?.verdict).toBe('refused');
  });
});
