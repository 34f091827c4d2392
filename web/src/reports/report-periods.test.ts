import { describe, expect, it } from 'vitest';
import {
  lastEndedPeriod,
  parsePeriod,
  periodKinds,
  periodOf,
  periodsOf,
  readReportPeriod,
} from './report-periods';

describe('report periods', () => {
  it.each([
    ['month', 2028, 2, '2028-02', '2028-02-01', '2028-02-29'],
    ['quarter', 2026, 1, '2026-Q1', '2026-01-01', '2026-03-31'],
    ['half', 2026, 2, '2026-H2', '2026-07-01', '2026-12-31'],
    ['year', 2026, 1, '2026', '2026-01-01', '2026-12-31'],
  ] as const)('names %s %i no. %i %s, from %s to %s', (kind, year, index, code, from, to) => {
    expect(periodOf(kind, year, index)).toMatchObject({ code, from, to });
  });

  it('reads back every code it writes, and nothing else', () => {
    for (const kind of periodKinds) {
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
    // On 29 November 2026, whose last ended quarter is Q3.
    const opened = (search: string) => readReportPeriod(search, '2026-11-29').code;
    expect(opened('?ky=2026-03')).toBe('2026-03');
    expect(opened('')).toBe('2026-Q3');
    expect(opened('?ky=2027-Q1')).toBe('2026-Q3');
    expect(opened('?ky=rubbish')).toBe('2026-Q3');
    // The running quarter may be drafted before it ends.
    expect(opened('?ky=2026-Q4')).toBe('2026-Q4');
  });
});
