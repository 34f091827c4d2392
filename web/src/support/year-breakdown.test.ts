import { describe, expect, it } from 'vitest';
import { yearBreakdown } from './year-breakdown';

const c = (openedOn: string, closedOn: string | null, eligible: boolean) => ({
  openedOn,
  closedOn,
  eligible,
});

describe('yearBreakdown', () => {
  it('counts in need and qualifying the cases open in the year, those carried over included', () => {
    const cases = [
      c('2026-02-01', null, true),
      c('2026-03-01', '2026-05-01', false),
      c('2025-11-01', null, true), // carried over, still open
      c('2025-06-01', '2026-01-10', true), // carried over, closed in the year
      c('2025-01-01', '2025-12-31', true), // closed before the year: not counted
      c('2026-12-20', null, true), // opened after `until`: not yet
    ];
    expect(yearBreakdown(cases, '2026-01-01', '2026-12-07')).toEqual({
      openedInYear: 2,
      eligible: 3,
      eligibleOpenedInYear: 1,
      eligibleCarriedOver: 2,
    });
  });
});
