import type { DistanceMatrix } from './euc-2d';

/** Nearest-neighbour tour from `start`: a quick start that 2-opt and Or-opt then repair. */
export function nearestNeighbourTour(m: DistanceMatrix, start: number): Int32Array {
  const { n, d } = m;
  const tour = new Int32Array(n);
  const used = new Uint8Array(n);
  let current = start;
  used[current] = 1;
  tour[0] = current;
  for (let k = 1; k < n; k++) {
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    const row = current * n;
    for (let j = 0; j < n; j++) {
      if (!used[j] && (d[row + j] as number) < bestD) {
        bestD = d[row + j] as number;
        best = j;
      }
    }
    used[best] = 1;
    tour[k] = best;
    current = best;
  }
  return tour;
}
