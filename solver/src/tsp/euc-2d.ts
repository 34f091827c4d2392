/**
 * TSPLIB EUC_2D distances: nint(sqrt(dx² + dy²)), a full n×n Int32Array (row-major). For the
 * sizes this solver plans (hundreds of stops) the matrix fits easily and a lookup is one load.
 */
export type DistanceMatrix = { n: number; d: Int32Array };

export function euc2dMatrix(xs: Float64Array, ys: Float64Array): DistanceMatrix {
  const n = xs.length;
  const d = new Int32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = (xs[i] as number) - (xs[j] as number);
      const dy = (ys[i] as number) - (ys[j] as number);
      // TSPLIB's nint is (int)(x + 0.5); Math.round agrees for the non-negative values here.
      const v = Math.round(Math.sqrt(dx * dx + dy * dy));
      d[i * n + j] = v;
      d[j * n + i] = v;
    }
  }
  return { n, d };
}

export function tourLength(m: DistanceMatrix, tour: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < tour.length; k++) {
    const a = tour[k] as number;
    const b = tour[(k + 1) % tour.length] as number;
    sum += m.d[a * m.n + b] as number;
  }
  return sum;
}
