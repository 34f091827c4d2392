import type { ImprovingMove } from './improving-move';

/**
 * Tries the best-first improving 2-opt move that makes `a` adjacent to one of its near
 * neighbours c, in both tour directions. Returns the four cities whose edges changed (their
 * don't-look bits must be cleared), or null when `a` has no improving 2-opt move.
 */
export const improveTwoOpt: ImprovingMove = (tour, m, neighbours, a) => {
  const { n, d } = m;
  const { k, list } = neighbours;
  for (const forward of [true, false]) {
    const b = forward ? tour.succ(a) : tour.pred(a);
    const dab = d[a * n + b] as number;
    for (let t = 0; t < k; t++) {
      const c = list[a * k + t] as number;
      const dac = d[a * n + c] as number;
      // Gain criterion: the new edge (a, c) must be shorter than the one it replaces.
      if (dac >= dab) break;
      const e = forward ? tour.succ(c) : tour.pred(c);
      if (c === b || e === a) continue;
      const delta = dac + (d[b * n + e] as number) - dab - (d[c * n + e] as number);
      if (delta < 0) {
        // forward: a b … c e → a c … b e.  backward: e c … b a → e b … c a.
        if (forward) tour.reverse(tour.pos[b] as number, tour.pos[c] as number);
        else tour.reverse(tour.pos[c] as number, tour.pos[b] as number);
        return [a, b, c, e];
      }
    }
  }
  return null;
};
