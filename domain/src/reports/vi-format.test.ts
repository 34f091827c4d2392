import { describe, expect, it } from 'vitest';
import { reportFileName } from './report-meta';
import { documentDate, formatCount, formatDay, formatInstant, formatShare } from './vi-format';

describe('Vietnamese document formats', () => {
  it('writes numbers with dots for thousands and shares with a comma', () => {
    expect(formatCount(1234)).toBe('1.234');
    expect(formatCount(12_500_000)).toBe('12.500.000');
    expect(formatShare(0.935)).toBe('93,5 %');
    expect(formatShare(1)).toBe('100 %');
    expect(formatShare(null)).toBe('–');
  });

  it('dates a document as the decree says: a leading zero for days 1–9 and months 1–2 only', () => {
    expect(documentDate(new Date('2026-04-05T03:00:00Z'))).toBe('ngày 05 tháng 4 năm 2026');
    expect(documentDate(new Date('2026-01-09T03:00:00Z'))).toBe('ngày 09 tháng 01 năm 2026');
    expect(documentDate(new Date('2026-02-28T03:00:00Z'))).toBe('ngày 28 tháng 02 năm 2026');
    expect(documentDate(new Date('2026-10-12T03:00:00Z'))).toBe('ngày 12 tháng 10 năm 2026');
    // 18:00 UTC on 31 March is already 1 April in Vietnam.
    expect(documentDate(new Date('2026-03-31T18:00:00Z'))).toBe('ngày 01 tháng 4 năm 2026');
  });

  it('gives days and instants in Vietnam time', () => {
    expect(formatDay('2026-03-05')).toBe('05/03/2026');
    expect(formatInstant('2026-04-05T01:15:00Z')).toBe('08:15 ngày 05/04/2026');
  });

  it('names the download by the one rule: plain words, no marks', () => {
    expect(reportFileName('2026-Q1', 2, 'docx')).toBe('bao-cao-2026-Q1-v2.docx');
    expect(reportFileName('2026-03', null, 'xlsx')).toBe('bao-cao-2026-03-du-thao.xlsx');
  });
});
