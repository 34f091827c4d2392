import { describe, expect, it } from 'vitest';
import { safeCell } from './safe-cell';

describe('safeCell', () => {
  it('neutralises every character that starts a formula', () => {
    for (const text of ['=1+2', '+84912', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(String(safeCell(text)).startsWith("'")).toBe(true);
  });

  it('leaves ordinary text, numbers and empty cells alone', () => {
    expect(safeCell('Nhà nghỉ A')).toBe('Nhà nghỉ A');
    expect(safeCell(12.5)).toBe(12.5);
    expect(safeCell(null)).toBeNull();
  });
});
