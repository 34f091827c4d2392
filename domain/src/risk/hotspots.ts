import { type Cell, cellKey, type HexGrid } from '../geo/hex';
import { fdrClasses, type HotSpotClass } from './fdr';
import { giStar } from './getis-ord';

export type HotSpotCell = {
  cell: string;
  count: number;
  z: number;
  p: number;
  class: HotSpotClass;
};

/**
 * For every cell, the indices of the cells whose centres lie within `neighbourMeters` of its
 * own, itself included (binary weights of Gi*). Only cells of the study area count.
 */
export function neighbourLists(
  grid: HexGrid,
  cells: readonly Cell[],
  neighbourMeters: number,
): number[][] {
  const index = new Map(cells.map((c, i) => [cellKey(c), i]));
  const reach = Math.ceil(neighbourMeters / grid.cellMeters) + 1;
  const offsets: Cell[] = [];
  for (let dq = -reach; dq <= reach; dq++) {
    for (let dr = -reach; dr <= reach; dr++) {
      if (grid.distance({ q: 0, r: 0 }, { q: dq, r: dr }) <= neighbourMeters) {
        offsets.push({ q: dq, r: dr });
      }
    }
  }
  return cells.map(({ q, r }) =>
    offsets
      .map((o) => index.get(cellKey({ q: q + o.q, r: r + o.r })))
      .filter((i): i is number => i !== undefined),
  );
}

/**
 * Gi* hot spots over every cell of the study area, empty ones included (they are the
 * background the hot spots stand out from), with the FDR-corrected classes.
 */
export function hotSpots(
  grid: HexGrid,
  cells: readonly Cell[],
  counts: ReadonlyMap<string, number>,
  neighbourMeters: number,
): HotSpotCell[] {
  const values = cells.map((c) => counts.get(cellKey(c)) ?? 0);
  const stats = giStar(values, neighbourLists(grid, cells, neighbourMeters));
  const classes = fdrClasses(stats);
  return cells.map((c, i) => ({
    cell: cellKey(c),
    count: values[i] as number,
    z: stats[i]?.z as number,
    p: stats[i]?.p as number,
    class: classes[i] as HotSpotClass,
  }));
}
