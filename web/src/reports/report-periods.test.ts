import { describe, expect, it } from 'vitest';
import {
  lastEndedPeriod,
  parsePeriod,
  periodOf,
  periodsOf,
  readReportPeriod,
} from './report-periods';

describe('report periods', () => {
  it('names each kind as the API does, with its first and last day', () => {
    const named = [
      [periodOf('month', 2028, 2), '2028-02', '2028-02-01', '2028-02-29'],
      [periodOf('quarter', 2026, 1), '2026-Q1', '2026-01-01', '2026-03-31'],
      [periodOf('half', 2026, 2), '2026-H2', '2026-07-01', '2026-12-31'],
      [periodOf('year', 2026, 1), '2026', '2026-01-01', '2026-12-31'],
    ] as const;
    for (const [period, code, from, to] of named) {
      expect(period).toMatchObject({ code, from, to });
    }
  });

  it('reads back every code it writes, and nothing else', () => {
    for (const kind of ['month', 'quarter', 'half', 'year'] as const) {
      for (const period of periodsOf(kind, 2026)) expect(parsePeriod(period.code)).toEqual(period);
    }
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-H3', '26-Q1', '2026-q1', '']) {
      expect(parsePeriod(bad)).toBeNull();
    }
  });

  it('picks the last ended period, going back a year in January', () => {
    expect(lastEndedPeriod('quarter', '2026-11-29').code).toBe('2026-Q3');
    expect(lastEndedPeriod('quarter', '2026-10-01').code).toBe('2026-Q3');
    expect(lastEndedPeriod('quarter', '2026-09-30').code).toBe('2026-Q2');
    expect(lastEndedPeriod('month', '2026-01-15').code).toBe('2025-12');
    expect(lastEndedPeriod('half', '2026-05-01').code).toBe('2025-H2');
    expect(lastEndedPeriod('year', '2026-05-01').code).toBe('2025');
  });

  it('opens the period in the address, or the last ended quarter when there is none or it is in the future', () => {
    expect(readReportPeriod('?ky=2026-03', '2026-11-29').code).toBe('2026-03');
    expect(readReportPeriod('', '2026-11-29').code).toBe('2026-Q3');
    expect(readReportPeriod('?ky=2027-Q1', '2026-11-29').code).toBe('2026-Q3');
    expect(readReportPeriod('?ky=rubbish', '2026-11-29').code).toBe('2026-Q3');
    // The running quarter may be drafted before it ends.
    expect(readReportPeriod('?ky=2026-Q4', '2026-11-29').code).toBe('2026-Q4');
  });
});
