import type { DistanceMatrix } from './euc-2d';
import type { NeighbourLists } from './neighbour-lists';
import type { Tour } from './tour';

/**
 * One kind of local move tried at city `a` (2-opt, Or-opt): applies the first improving one it
 * finds and returns the cities whose edges changed (their don't-look bits must be cleared), or
 * null when `a` has none.
 */
export type ImprovingMove = (
  tour: Tour,
  m: DistanceMatrix,
  neighbours: NeighbourLists,
  a: number,
) => number[] | null;
