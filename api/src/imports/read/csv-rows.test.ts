import { describe, expect, it } from 'vitest';
import { csvRows, detectSeparator } from './csv-rows';

describe('csvRows', () => {
  it('tells the separator from the header line', () => {
    expect(detectSeparator('Tên;Địa chỉ;Kinh độ\r\nA,B;C;D')).toBe(';');
    expect(detectSeparator('Tên\tĐịa chỉ\n')).toBe('\t');
    expect(detectSeparator('"Tên; họ",Địa chỉ,X\n')).toBe(',');
  });

  it('reads quoted cells with separators, quotes and line breaks, numbering rows as Excel does', () => {
    const rows = csvRows(
      '\uFEFFTên,Địa chỉ,Ghi chú\r\n"Nhà nghỉ ""Hoa""","Thôn Phù Tải, xã Nam Thanh Miện","dòng 1\r\ndòng 2"\r\n\r\nKaraoke,,x\r\n',
    );
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['Tên', 'Địa chỉ', 'Ghi chú'] },
      {
        rowNumber: 2,
        cells: ['Nhà nghỉ "Hoa"', 'Thôn Phù Tải, xã Nam Thanh Miện', 'dòng 1\r\ndòng 2'],
      },
      { rowNumber: 4, cells: ['Karaoke', '', 'x'] },
    ]);
  });

  it('keeps decimal commas inside a semicolon file as text for the mapping to read', () => {
    expect(csvRows('X;Y\n2292033,79;550839,35', ';')).toEqual([
      { rowNumber: 1, cells: ['X', 'Y'] },
      { rowNumber: 2, cells: ['2292033,79', '550839,35'] },
    ]);
  });

  it('reads a last line without a line break, and bare LF or CR endings', () => {
    expect(csvRows('a,b\n1,2\r3,4').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
