import { describe, expect, it } from 'vitest';
import { cellKey, HexGrid } from '../geo/hex';
import { hotSpots, neighbourLists } from './hotspots';

const grid = new HexGrid([106.33, 20.72], 250);
// A hexagonal study area of radius 6 around the origin: 127 cells.
const area = (radius: number) => {
  const cells = [];
  for (let q = -radius; q <= radius; q++) {
    for (let r = Math.max(-radius, -q - radius); r <= Math.min(radius, -q + radius); r++) {
      cells.push({ q, r });
    }
  }
  return cells;
};

describe('hot spots over hexagonal cells', () => {
  it('takes the six adjacent cells and the cell itself by default, fewer at the edge', () => {
    const cells = area(6);
    const lists = neighbourLists(grid, cells, 250 * 1.01);
    const sizes = lists.map((l) => l.length);
    expect(cells.length).toBe(127);
    expect(sizes[cells.findIndex((c) => c.q === 0 && c.r === 0)]).toBe(7);
    expect(sizes[cells.findIndex((c) => c.q === 6 && c.r === 0)]).toBe(4);
    // Out to √3 · 250 m the second ring's six nearest cells join in.
    const centre = cells.findIndex((c) => c.q === 0 && c.r === 0);
    expect(neighbourLists(grid, cells, 250 * 1.8)[centre]).toHaveLength(13);
    expect(neighbourLists(grid, [{ q: 0, r: 0 }], 250 * 1.8)).toEqual([[0]]);
  });

  it('finds a cluster hot at 99% and leaves scattered noise not significant', () => {
    const cells = area(6);
    const counts = new Map(cells.map((c, i) => [cellKey(c), i % 3 === 0 ? 1 : 0]));
    for (const c of [
      { q: 3, r: 0 },
      { q: 4, r: 0 },
      { q: 3, r: 1 },
      { q: 2, r: 1 },
      { q: 4, r: -1 },
    ]) {
      counts.set(cellKey(c), 12);
    }
    const result = hotSpots(grid, cells, counts, 250 * 1.01);
    const at = (key: string) => result.find((r) => r.cell === key);
    expect(at('3:0')?.class).toBe('hot-99');
    expect(at('-4:0')?.class).toBe('not-significant');
    expect(result.filter((r) => r.class.startsWith('hot')).length).toBeLessThan(15);
    expect(result.reduce((s, r) => s + r.count, 0)).toBe(
      [...counts.values()].reduce((s, n) => s + n, 0),
    );
  });
});
