import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain-error';
import { badPeriodCodes, periodReadings } from './fixtures/period-codes';
import { parsePeriod } from './report-data';
import { submissionCodes } from './report-period';

describe('parsePeriod', () => {
  it.each(periodReadings)('reads %s as a %s from %s to %s', (code, kind, from, to, label) => {
    expect(parsePeriod(code)).toEqual({ code, kind, from, to, label });
  });

  it.each(badPeriodCodes)('refuses %j with 400 bad-period', (bad) => {
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
