// A Poisson regression with a log link, fitted by iteratively reweighted least squares (IRLS):
// log E[y] = X·β. A small ridge term (not on the intercept, column 0) keeps the normal
// equations solvable when a feature is rare or two features move together.

import { cholesky, choleskySolve, inverseSpd, type Matrix } from './linear-algebra';

export type PoissonFit = {
  coefficients: number[];
  standardErrors: number[];
  deviance: number;
  nullDeviance: number;
  /** 1 − deviance ÷ null deviance (McFadden-like, on the deviance scale). */
  pseudoR2: number;
  logLikelihood: number;
  aic: number;
  n: number;
  iterations: number;
  converged: boolean;
};

type PoissonOptions = { ridge?: number; maxIterations?: number; tolerance?: number };

const logFactorial = (k: number) => {
  let sum = 0;
  for (let i = 2; i <= k; i++) sum += Math.log(i);
  return sum;
};

/** 2·Σ (y·log(y/μ) − (y − μ)), the Poisson deviance. */
export function poissonDeviance(y: readonly number[], mu: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i] as number;
    const mi = mu[i] as number;
    d += (yi > 0 ? yi * Math.log(yi / mi) : 0) - (yi - mi);
  }
  return 2 * d;
}

const dot = (row: readonly number[], beta: readonly number[]) =>
  row.reduce((s, v, j) => s + v * (beta[j] as number), 0);

/** Fits y ~ Poisson(exp(X·β)); X's first column must be the intercept (all 1). */
export function fitPoisson(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: PoissonOptions = {},
): PoissonFit {
  const { ridge = 1e-4, maxIterations = 50, tolerance = 1e-9 } = options;
  const n = y.length;
  const p = x[0]?.length ?? 0;
  if (n === 0 || p === 0) throw new RangeError('fitPoisson needs rows and columns');
  if (x.some((row) => row.length !== p) || x.length !== n)
    throw new RangeError('fitPoisson: X must be n × p with n = y.length');
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  if (!(meanY > 0)) throw new RangeError('fitPoisson: no events to fit');

  let beta = new Array<number>(p).fill(0);
  beta[0] = Math.log(meanY);
  let information: Matrix = [];
  let deviance = Number.POSITIVE_INFINITY;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations += 1;
    // Normal equations (XᵀWX + λI)·β = XᵀWz with W = μ and z = η + (y − μ)/μ.
    const xtwx: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const xtwz = new Array<number>(p).fill(0);
    for (let i = 0; i < n; i++) {
      const row = x[i] as readonly number[];
      const eta = dot(row, beta);
      const mu = Math.exp(eta);
      const z = eta + ((y[i] as number) - mu) / mu;
      for (let j = 0; j < p; j++) {
        const wxj = mu * (row[j] as number);
        xtwz[j] = (xtwz[j] as number) + wxj * z;
        const xtwxRow = xtwx[j] as number[];
        for (let k = 0; k <= j; k++) xtwxRow[k] = (xtwxRow[k] as number) + wxj * (row[k] as number);
      }
    }
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < j; k++) (xtwx[k] as number[])[j] = (xtwx[j] as number[])[k] as number;
      if (j > 0) (xtwx[j] as number[])[j] = ((xtwx[j] as number[])[j] as number) + ridge;
    }
    information = xtwx;
    beta = choleskySolve(cholesky(xtwx), xtwz);
    const next = poissonDeviance(
      y,
      x.map((row) => Math.exp(dot(row, beta))),
    );
    const change = Math.abs(next - deviance);
    deviance = next;
    if (change <= tolerance * (Math.abs(deviance) + 0.1)) {
      converged = true;
      break;
    }
  }
  const covariance = inverseSpd(information);
  const mu = x.map((row) => Math.exp(dot(row, beta)));
  let logLikelihood = 0;
  for (let i = 0; i < n; i++) {
    const yi = y[i] as number;
    logLikelihood += yi * Math.log(mu[i] as number) - (mu[i] as number) - logFactorial(yi);
  }
  const nullDeviance = poissonDeviance(y, new Array<number>(n).fill(meanY));
  return {
    coefficients: beta,
    standardErrors: covariance.map((row, j) => Math.sqrt(row[j] as number)),
    deviance,
    nullDeviance,
    pseudoR2: nullDeviance > 0 ? 1 - deviance / nullDeviance : 0,
    logLikelihood,
    aic: -2 * logLikelihood + 2 * p,
    n,
    iterations,
    converged,
  };
}
