import { describe, expect, it } from 'vitest';
import { suppressShare, suppressTable } from './suppress';

const table = (...counts: number[]) => counts.map((count, key) => ({ key, count }));

describe('suppressTable', () => {
  it('leaves a table without small cells alone', () => {
    expect(suppressTable(table(5, 0, 12))).toEqual({
      cells: [
        { key: 0, count: 5 },
        { key: 1, count: 0 },
        { key: 2, count: 12 },
      ],
      total: 17,
    });
  });

  it('hides a small cell and the smallest other non-zero one beside a total', () => {
    const safe = suppressTable(table(3, 40, 0, 9, 6));
    expect(safe.cells.map((c) => c.count)).toEqual(['<5', 40, 0, 9, 'hidden']);
    expect(safe.total).toBe(58);
  });

  it('3 in one village and 40 in another: neither is shown, the total is', () => {
    const safe = suppressTable(table(3, 40));
    expect(safe.cells.map((c) => c.count)).toEqual(['<5', 'hidden']);
    expect(safe.total).toBe(43);
  });

  it('needs no partner when two cells are already small', () => {
    const safe = suppressTable(table(2, 1, 30));
    expect(safe.cells.map((c) => c.count)).toEqual(['<5', '<5', 30]);
  });

  it('hides the total when the small cell has no non-zero partner', () => {
    const safe = suppressTable(table(0, 3, 0));
    expect(safe.cells.map((c) => c.count)).toEqual([0, '<5', 0]);
    expect(safe.total).toBe('<5');
    expect(suppressTable(table(7)).total).toBe(7);
  });

  it('never lets a hidden cell be had back by subtraction (exhaustive over small tables)', () => {
    for (let a = 0; a < 9; a++)
      for (let b = 0; b < 9; b++)
        for (let c = 0; c < 9; c++) {
          const counts = [a, b, c];
          const safe = suppressTable(table(...counts));
          const hidden = safe.cells.filter((cell) => typeof cell.count !== 'number');
          for (const [i, cell] of safe.cells.entries()) {
            if (typeof cell.count === 'number') expect(cell.count).toBe(counts[i]);
          }
          // A lone hidden cell beside a shown total is exactly the leak to avoid.
          if (typeof safe.total === 'number') expect(hidden.length).not.toBe(1);
        }
  });
});

describe('suppressShare', () => {
  it('shows a share whose part and rest are both 5 or more', () => {
    expect(suppressShare(36, 43)).toEqual({ part: 36, whole: 43, share: 36 / 43 });
  });

  it('hides part and share when the rest is small (40 of 43 would give away 3)', () => {
    expect(suppressShare(40, 43)).toEqual({ part: 'hidden', whole: 43, share: null });
  });

  it('hides a small part', () => {
    expect(suppressShare(2, 20)).toEqual({ part: '<5', whole: 20, share: null });
  });
});
