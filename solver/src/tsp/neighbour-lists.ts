import type { DistanceMatrix } from './euc-2d';

/** Each city's (or stop's) k nearest others, nearest first: city i's are list[i*k .. i*k+k). */
export type NeighbourLists = { k: number; list: Int32Array };

/**
 * The k nearest other cities of each city, nearest first, flat (city i's list is
 * [i*k, i*k+k)). Improving 2-opt and Or-opt moves almost always join near neighbours, so
 * searching only these makes a pass O(n·k) instead of O(n²). Built by keeping a sorted
 * buffer of k per city rather than sorting all n: O(n²) with a small constant, which keeps
 * a few thousand cities within a fraction of a second.
 */
export function neighbourLists(m: DistanceMatrix, k: number): NeighbourLists {
  const { n, d } = m;
  const kk = Math.min(k, n - 1);
  const list = new Int32Array(n * kk);
  const bestD = new Int32Array(kk);
  const bestC = new Int32Array(kk);
  for (let i = 0; i < n; i++) {
    let size = 0;
    const row = i * n;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const dj = d[row + j] as number;
      if (size === kk && dj >= (bestD[kk - 1] as number)) continue;
      // Insertion into the sorted buffer; ties keep the lower index first.
      let p = size < kk ? size++ : kk - 1;
      while (p > 0 && (bestD[p - 1] as number) > dj) {
        bestD[p] = bestD[p - 1] as number;
        bestC[p] = bestC[p - 1] as number;
        p--;
      }
      bestD[p] = dj;
      bestC[p] = j;
    }
    list.set(bestC.subarray(0, kk), i * kk);
  }
  return { k: kk, list };
}
