import { describe, expect, it } from 'vitest';
import { cellValue, neutraliseFormula } from './table-cell';

describe('spreadsheet cells', () => {
  it.each(['=1+1', '+84 912', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'puts an apostrophe before %j so Excel reads text, not a formula',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text, including text with = inside, unchanged', () => {
    expect(neutraliseFormula('Nhà nghỉ Hoa Sen')).toBe('Nhà nghỉ Hoa Sen');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('keeps numbers numbers, negative ones too', () => {
    expect(cellValue(-5)).toBe(-5);
    expect(cellValue(2.5)).toBe(2.5);
  });

  it('writes lists and objects as JSON text, neutralised as well', () => {
    expect(cellValue(['fine', 'warning'])).toBe('["fine","warning"]');
    expect(cellValue({ mon: '08:00' })).toBe('{"mon":"08:00"}');
    expect(cellValue(null)).toBeNull();
    expect(cellValue(undefined)).toBeNull();
  });
});
