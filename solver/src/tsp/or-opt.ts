import type { ImprovingMove } from './improving-move';

const maxPathLength = 3;

/**
 * Or-opt: moves a path of 1 to 3 cities starting at `a` (forward) between two other adjacent
 * cities, either way round, when one of its ends lands next to a near neighbour. Returns the
 * cities whose edges changed, or null when no such move improves the tour.
 */
export const improveOrOpt: ImprovingMove = (tour, m, neighbours, a) => {
  const { n, d } = m;
  const { k, list } = neighbours;
  const dist = (x: number, y: number) => d[x * n + y] as number;
  const from = tour.pos[a] as number;
  for (let length = 1; length <= maxPathLength && length < n - 3; length++) {
    const s1 = a;
    const s2 = tour.order[(from + length - 1) % n] as number;
    const p = tour.pred(s1);
    const nx = tour.succ(s2);
    const removeGain = dist(p, s1) + dist(s2, nx) - dist(p, nx);
    if (removeGain <= 0) continue;
    const inPath = (x: number) => ((tour.pos[x] as number) - from + n) % n < length;
    // Successor and predecessor as they will be once the path is taken out.
    const succOut = (x: number) => (x === p ? nx : tour.succ(x));
    const predOut = (x: number) => (x === nx ? p : tour.pred(x));
    for (const end of [s1, s2]) {
      const other = end === s1 ? s2 : s1;
      for (let t = 0; t < k; t++) {
        const c = list[end * k + t] as number;
        const dEnd = dist(end, c);
        if (dEnd >= removeGain) break;
        if (inPath(c)) continue;
        // c then the path starting with `end`, then c's old successor.
        const e = succOut(c);
        const afterC = dEnd + dist(other, e) - dist(c, e);
        if (afterC < removeGain) {
          tour.movePath(from, length, c, end);
          return [p, nx, c, e, s1, s2];
        }
        // c's old predecessor, then the path ending with `end`, then c.
        const f = predOut(c);
        const beforeC = dEnd + dist(other, f) - dist(c, f);
        if (beforeC < removeGain) {
          tour.movePath(from, length, f, other);
          return [p, nx, c, f, s1, s2];
        }
      }
    }
  }
  return null;
};
