import { describe, expect, it } from 'vitest';
import {
  meanSeasonIntensity,
  outcomesByBusiness,
  quartersBetween,
  vietnamDay,
} from './training-table';

describe('quartersBetween', () => {
  it('lists the complete quarters before the day, from the quarter of the first event', () => {
    expect(quartersBetween('2025-02-10', '2025-10-01').map((q) => [q.name, q.from, q.to])).toEqual([
      ['2025-Q1', '2025-01-01', '2025-03-31'],
      ['2025-Q2', '2025-04-01', '2025-06-30'],
      ['2025-Q3', '2025-07-01', '2025-09-30'],
    ]);
  });

  it('leaves out a quarter that has not ended before the day, and crosses years', () => {
    expect(quartersBetween('2025-11-30', '2026-06-30').map((q) => q.name)).toEqual([
      '2025-Q4',
      '2026-Q1',
    ]);
    expect(quartersBetween('2025-11-30', '2025-12-31')).toEqual([]);
  });
});

describe('meanSeasonIntensity', () => {
  it('is higher for the quarter with Tết than for an ordinary one', () => {
    const q1 = meanSeasonIntensity({ name: '2026-Q1', from: '2026-01-01', to: '2026-03-31' });
    const q4 = meanSeasonIntensity({ name: '2025-Q4', from: '2025-10-01', to: '2025-12-31' });
    expect(q1).toBeGreaterThan(q4);
    expect(q4).toBeGreaterThan(1); // year end
  });
});

describe('outcomesByBusiness', () => {
  it('counts tips and findings per business, not clean inspections nor tips about no business', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const e = (kind: 'tip' | 'inspection', businessId: number | null, found: boolean) => ({
      kind,
      businessId,
      at,
      found,
      lng: 0,
      lat: 0,
    });
    const counts = outcomesByBusiness([
      e('tip', 1, true),
      e('inspection', 1, true),
      e('inspection', 1, false),
      e('tip', null, true),
      e('inspection', 2, false),
    ]);
    expect([...counts]).toEqual([[1, 2]]);
  });
});

describe('vietnamDay', () => {
  it('is the wall-calendar day in UTC+7', () => {
    expect(vietnamDay(new Date('2026-01-31T17:30:00Z'))).toBe('2026-02-01');
    expect(vietnamDay(new Date('2026-01-31T16:30:00Z'))).toBe('2026-01-31');
  });
});
