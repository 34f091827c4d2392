import { describe, expect, it } from 'vitest';
import { HexGrid } from '../geo/hex';
import { defaultBacktestDay, evaluateCells, evaluateRound, periodAfter } from './backtest';

describe('periodAfter', () => {
  it('evaluates the rest of the season window that holds the day', () => {
    // Tết 2026 is 17 February; its window runs 14 days either side.
    expect(periodAfter('2026-02-03')).toEqual({
      name: 'Tết Nguyên Đán',
      from: '2026-02-03',
      to: '2026-03-03',
    });
    expect(periodAfter('2026-02-20').to).toBe('2026-03-03');
  });

  it('takes the longest-running window when two overlap', () => {
    expect(periodAfter('2026-08-31')).toEqual({
      name: 'Quốc khánh 2/9',
      from: '2026-08-31',
      to: '2026-09-04',
    });
  });

  it('falls back to the following 90 days outside every season', () => {
    expect(periodAfter('2026-10-10')).toEqual({
      name: '90 ngày tiếp theo',
      from: '2026-10-10',
      to: '2027-01-07',
    });
  });
});

describe('defaultBacktestDay', () => {
  it('is the start of the last Tết window that ended before today', () => {
    expect(defaultBacktestDay('2026-11-29')).toBe('2026-02-03');
    // During Tết 2026 the last complete one is Tết 2025 (29 January, window from the 15th).
    expect(defaultBacktestDay('2026-02-20')).toBe('2025-01-15');
  });
});

describe('evaluateCells', () => {
  const grid = new HexGrid([106.3, 20.8], 250);
  const at = (q: number, r: number) => {
    const [lng, lat] = grid.centre({ q, r });
    return { lng, lat };
  };

  it('scores the top 10 % of cells with premises against where the events fell', () => {
    // Ten cells with one business each, scored 10…100: the top cell is (9, 0).
    const businesses = Array.from({ length: 10 }, (_, i) => ({ ...at(i, 0), score: 10 * (i + 1) }));
    const events = [at(9, 0), at(9, 0), at(9, 0), at(2, 0)];
    expect(evaluateCells(grid, businesses, events, 40)).toEqual({
      cellMeters: 250,
      count: 10,
      communeCells: 40,
      top: 1,
      hitRate: 0.75,
      pai: 30, // 0.75 of the events on 1/40 of the area
      events: 4,
    });
  });

  it('ranks a cell by the sum of its businesses, and rounds the top share up', () => {
    const businesses = [
      { ...at(0, 0), score: 30 },
      { ...at(0, 0), score: 30 },
      { ...at(1, 0), score: 50 },
      ...Array.from({ length: 9 }, (_, i) => ({ ...at(i + 2, 1), score: 1 })),
    ];
    const result = evaluateCells(grid, businesses, [at(0, 0), at(1, 0)], 100);
    expect(result.count).toBe(11);
    expect(result.top).toBe(2); // ⌈1.1⌉
    expect(result.hitRate).toBe(1);
    expect(result.pai).toBeCloseTo(50, 9);
    const one = evaluateCells(grid, businesses.slice(0, 3), [at(0, 0), at(1, 0)], 100);
    expect(one.top).toBe(1);
    expect(one.hitRate).toBe(0.5); // (0, 0) sums 60 > 50
  });

  it('has no hit rate or PAI without events', () => {
    const result = evaluateCells(grid, [{ ...at(0, 0), score: 5 }], [], 10);
    expect(result.hitRate).toBeNull();
    expect(result.pai).toBeNull();
  });
});

describe('evaluateRound', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 1, d, 9));
  const round = [
    { businessId: 4, at: day(4), found: true },
    { businessId: 1, at: day(1), found: false },
    { businessId: 3, at: day(3), found: true },
    { businessId: 2, at: day(2), found: false },
  ];
  const scores = new Map([
    [1, 10],
    [2, 20],
    [3, 90],
    [4, 80],
  ]);

  it('finds the violations in the first half when ordered by risk, days earlier', () => {
    expect(evaluateRound(round, scores)).toEqual({
      inspections: 4,
      violations: 2,
      firstHalfShare: { risk: 1, historical: 0 },
      // Business 3 moves from day 3 to the slot of day 1, business 4 from day 4 to day 2.
      daysEarlier: 2,
    });
  });

  it('counts a later find as negative days, and puts unscored businesses last', () => {
    const wrong = new Map([
      [1, 90],
      [2, 80],
    ]);
    expect(evaluateRound(round, wrong)).toEqual({
      inspections: 4,
      violations: 2,
      firstHalfShare: { risk: 0, historical: 0 },
      daysEarlier: 0, // 3 and 4 keep their historical slots (unscored, historical order)
    });
    const reversed = new Map([
      [1, 4],
      [2, 3],
      [3, 2],
      [4, 1],
    ]);
    // Risk order 1, 2, 3, 4 is the historical order: nothing gained.
    expect(evaluateRound(round, reversed).daysEarlier).toBe(0);
    const worse = new Map([
      [1, 9],
      [2, 8],
      [4, 7],
      [3, 1],
    ]);
    // 4 takes day 3's slot (1 day earlier), 3 takes day 4's (1 day later).
    expect(evaluateRound(round, worse).daysEarlier).toBe(0);
    const late = evaluateRound(
      [
        { businessId: 1, at: day(1), found: true },
        { businessId: 2, at: day(2), found: false },
      ],
      new Map([[2, 50]]),
    );
    expect(late.daysEarlier).toBe(-1);
    expect(late.firstHalfShare).toEqual({ risk: 0, historical: 1 });
  });

  it('has no shares without violations, and handles an empty round', () => {
    expect(evaluateRound([{ businessId: 1, at: day(1), found: false }], scores)).toMatchObject({
      violations: 0,
      firstHalfShare: { risk: null, historical: null },
      daysEarlier: null,
    });
    expect(evaluateRound([], scores)).toEqual({
      inspections: 0,
      violations: 0,
      firstHalfShare: { risk: null, historical: null },
      daysEarlier: null,
    });
  });
});
