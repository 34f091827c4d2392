// Just enough dense linear algebra for a GLM with a dozen coefficients: Cholesky factoring of a
// symmetric positive-definite matrix, solving with it, and its inverse (for standard errors).

export type Matrix = number[][];

const at = (m: Matrix, i: number, j: number) => (m[i] as number[])[j] as number;
const zeros = (n: number): Matrix => Array.from({ length: n }, () => new Array<number>(n).fill(0));

/** Lower-triangular L with A = L·Lᵀ; throws when A is not positive definite (programmer error). */
export function cholesky(a: Matrix): Matrix {
  const n = a.length;
  const l = zeros(n);
  for (let i = 0; i < n; i++) {
    const li = l[i] as number[];
    for (let j = 0; j <= i; j++) {
      let sum = at(a, i, j);
      for (let k = 0; k < j; k++) sum -= at(l, i, k) * at(l, j, k);
      if (i === j) {
        if (!(sum > 0)) throw new RangeError(`matrix not positive definite at row ${i} (${sum})`);
        li[i] = Math.sqrt(sum);
      } else {
        li[j] = sum / at(l, j, j);
      }
    }
  }
  return l;
}

/** x with L·Lᵀ·x = b, for L from cholesky(). */
export function choleskySolve(l: Matrix, b: readonly number[]): number[] {
  const n = l.length;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i] as number;
    for (let k = 0; k < i; k++) sum -= at(l, i, k) * (y[k] as number);
    y[i] = sum / at(l, i, i);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i] as number;
    for (let k = i + 1; k < n; k++) sum -= at(l, k, i) * (x[k] as number);
    x[i] = sum / at(l, i, i);
  }
  return x;
}

/** The inverse of a symmetric positive-definite matrix. */
export function inverseSpd(a: Matrix): Matrix {
  const l = cholesky(a);
  const n = a.length;
  const columns = Array.from({ length: n }, (_, j) =>
    choleskySolve(
      l,
      Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)),
    ),
  );
  return Array.from({ length: n }, (_, i) => columns.map((column) => column[i] as number));
}
