import { describe, expect, it } from 'vitest';
import { parseReportPeriod } from './period-code';

describe('parseReportPeriod', () => {
  it('reads a month, a quarter, a half year and a year with their first and last days', () => {
    expect(parseReportPeriod('2026-02')).toMatchObject({
      kind: 'month',
      from: '2026-02-01',
      to: '2026-02-28',
      label: 'tháng 2 năm 2026',
    });
    expect(parseReportPeriod('2024-02')?.to).toBe('2024-02-29');
    expect(parseReportPeriod('2026-Q1')).toMatchObject({
      kind: 'quarter',
      from: '2026-01-01',
      to: '2026-03-31',
      label: 'quý I năm 2026',
    });
    expect(parseReportPeriod('2026-Q4')?.to).toBe('2026-12-31');
    expect(parseReportPeriod('2026-H2')).toMatchObject({ from: '2026-07-01', to: '2026-12-31' });
    expect(parseReportPeriod('2026')).toMatchObject({
      kind: 'year',
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('refuses other shapes and years outside 2020–2035', () => {
    for (const bad of [
      '2026-13',
      '2026-00',
      '2026-Q5',
      '2026-H3',
      '2026-3',
      '26',
      '2019',
      '2036-Q1',
      '2026-q1',
      ' 2026',
    ]) {
      expect(parseReportPeriod(bad), bad).toBeNull();
    }
  });
});
