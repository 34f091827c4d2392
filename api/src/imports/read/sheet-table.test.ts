import { describe, expect, it } from 'vitest';
import { columnLetter, type SheetRow, sheetTable } from './sheet-table';

const row = (rowNumber: number, ...cells: SheetRow['cells']): SheetRow => ({ rowNumber, cells });

describe('sheetTable', () => {
  it('finds the header under a title and keeps the sheet row numbers', () => {
    const table = sheetTable('DS', [
      row(1, 'DANH SÁCH CƠ SỞ KINH DOANH DỊCH VỤ NHẠY CẢM'),
      row(3, 'STT', 'Tên cơ sở', 'Kinh độ', 'Vĩ độ'),
      row(4, 1, ' Nhà nghỉ Hoa ', 106.24, 20.72),
      row(5),
      row(6, 2, 'Karaoke Hồng', null, ''),
    ]);
    expect(table).toEqual({
      columns: ['STT', 'Tên cơ sở', 'Kinh độ', 'Vĩ độ'],
      rows: [
        {
          rowNumber: 4,
          values: { STT: 1, 'Tên cơ sở': 'Nhà nghỉ Hoa', 'Kinh độ': 106.24, 'Vĩ độ': 20.72 },
          geometry: null,
        },
        {
          rowNumber: 6,
          values: { STT: 2, 'Tên cơ sở': 'Karaoke Hồng', 'Kinh độ': null, 'Vĩ độ': null },
          geometry: null,
        },
      ],
    });
  });

  it('names blank and repeated headers so that no column is lost', () => {
    const table = sheetTable('DS', [
      row(1, 'Tên', '', 'Tên', 'Ghi chú\nthêm'),
      row(2, 'a', 'b', 'c', 'd'),
    ]);
    expect('columns' in table && table.columns).toEqual([
      'Tên',
      'Cột B',
      'Tên (2)',
      'Ghi chú thêm',
    ]);
  });

  it('gives a row with a formula the problem formula, naming the cell', () => {
    const table = sheetTable('DS', [
      row(1, 'Tên', 'Kinh độ'),
      row(2, 'A', 106.2),
      { ...row(3, 'B', 106.3), formulas: [{ column: 1, formula: 'B2+0.1' }] },
    ]);
    if (!('rows' in table)) throw new Error(table.message);
    expect(table.rows[0]?.problems).toBeUndefined();
    expect(table.rows[1]?.problems).toEqual([
      {
        code: 'formula',
        field: 'Kinh độ',
        message: expect.stringContaining('Ô B3 là công thức (=B2+0.1)'),
      },
    ]);
  });

  it('refuses a sheet of formulas only', () => {
    const formulas = [0, 1].map((column) => ({ column, formula: 'Sheet2!A1' }));
    expect(
      sheetTable('DS', [
        row(1, 'Tên', 'Địa chỉ'),
        { ...row(2, 'A', 'B'), formulas },
        { ...row(3, 'C', 'D'), formulas },
      ]),
    ).toMatchObject({ refused: true, status: 422, code: 'sheet-formulas' });
  });

  it('refuses a sheet with a header and no data', () => {
    expect(sheetTable('DS', [row(1, 'Tên', 'Địa chỉ')])).toMatchObject({
      status: 422,
      code: 'sheet-empty',
    });
    expect(sheetTable('DS', [])).toMatchObject({ status: 422, code: 'sheet-empty' });
  });

  it('spells column letters as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});
