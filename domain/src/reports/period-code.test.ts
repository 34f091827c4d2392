import { describe, expect, it } from 'vitest';
import { badPeriodCodes, periodReadings } from './fixtures/period-codes';
import { parseReportPeriod } from './period-code';

describe('parseReportPeriod', () => {
  it.each(periodReadings)('reads %s as a %s from %s to %s', (code, kind, from, to, label) => {
    expect(parseReportPeriod(code)).toEqual({ code, kind, from, to, label });
  });

  it.each(badPeriodCodes)('refuses %j', (bad) => {
    expect(parseReportPeriod(bad)).toBeNull();
  });
});
