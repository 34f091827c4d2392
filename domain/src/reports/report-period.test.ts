import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain-error';
import { parsePeriod } from './report-data';
import { submissionCodes } from './report-period';

describe('parsePeriod', () => {
  it('reads a month, a quarter, a half and a year with their days and Vietnamese labels', () => {
    expect(parsePeriod('2026-03')).toEqual({
      code: '2026-03',
      kind: 'month',
      from: '2026-03-01',
      to: '2026-03-31',
      label: 'tháng 3 năm 2026',
    });
    expect(parsePeriod('2024-02')).toMatchObject({ to: '2024-02-29' });
    expect(parsePeriod('2026-02')).toMatchObject({ to: '2026-02-28' });
    expect(parsePeriod('2026-Q1')).toEqual({
      code: '2026-Q1',
      kind: 'quarter',
      from: '2026-01-01',
      to: '2026-03-31',
      label: 'quý I năm 2026',
    });
    expect(parsePeriod('2026-Q4')).toMatchObject({
      from: '2026-10-01',
      to: '2026-12-31',
      label: 'quý IV năm 2026',
    });
    expect(parsePeriod('2026-H1')).toEqual({
      code: '2026-H1',
      kind: 'half',
      from: '2026-01-01',
      to: '2026-06-30',
      label: '6 tháng đầu năm 2026',
    });
    expect(parsePeriod('2026-H2')).toMatchObject({
      from: '2026-07-01',
      to: '2026-12-31',
      label: '6 tháng cuối năm 2026',
    });
    expect(parsePeriod('2026')).toEqual({
      code: '2026',
      kind: 'year',
      from: '2026-01-01',
      to: '2026-12-31',
      label: 'năm 2026',
    });
  });

  it('refuses anything else, and years outside 2020–2035, with 400 bad-period', () => {
    for (const bad of [
      '',
      '2026-13',
      '2026-00',
      '2026-3',
      '2026-Q5',
      '2026-Q0',
      '2026-H3',
      '2026-q1',
      '2019',
      '2036-Q1',
      '26-Q1',
      ' 2026',
      '2026-Q1 ',
      '2026-01-01',
    ]) {
      let error: unknown;
      try {
        parsePeriod(bad);
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(DomainError);
      expect((error as DomainError).status).toBe(400);
      expect((error as DomainError).code).toBe('bad-period');
      expect((error as DomainError).message).toMatch(/Kỳ báo cáo/);
    }
  });

  it('looks for an agency report under the period, then the quarters in or around it', () => {
    expect(submissionCodes(parsePeriod('2026-Q2'))).toEqual(['2026-Q2']);
    expect(submissionCodes(parsePeriod('2026-05'))).toEqual(['2026-05', '2026-Q2']);
    expect(submissionCodes(parsePeriod('2026-H2'))).toEqual(['2026-H2', '2026-Q4', '2026-Q3']);
    expect(submissionCodes(parsePeriod('2026'))).toEqual([
      '2026',
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
    ]);
  });
});
