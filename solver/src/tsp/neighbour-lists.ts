import type { DistanceMatrix } from './euc-2d';

/**
 * The k nearest other cities of each city, nearest first, flat (city i's list is
 * [i*k, i*k+k)). Improving 2-opt and Or-opt moves almost always join near neighbours, so
 * searching only these makes a pass O(n·k) instead of O(n²).
 */
export function neighbourLists(m: DistanceMatrix, k: number): { k: number; list: Int32Array } {
  const { n, d } = m;
  const kk = Math.min(k, n - 1);
  const list = new Int32Array(n * kk);
  const others: number[] = [];
  for (let i = 0; i < n; i++) {
    others.length = 0;
    for (let j = 0; j < n; j++) if (j !== i) others.push(j);
    others.sort((a, b) => (d[i * n + a] as number) - (d[i * n + b] as number) || a - b);
    for (let t = 0; t < kk; t++) list[i * kk + t] = others[t] as number;
  }
  return { k: kk, list };
}
