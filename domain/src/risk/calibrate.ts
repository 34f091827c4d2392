// Calibration (issue #6, part 4): fit the factor weights on the commune's own history with a
// Poisson GLM of independent tips and findings per business and quarter, then turn the
// coefficients into points weights (see training-features.ts for how and why).

import type { Sql } from '@ntm/db/client';
import type { Weights } from './factors';
import { fitPoisson, type PoissonFit } from './poisson-glm';
import { featureNames, weightsFromCoefficients } from './training-features';
import { loadTrainingTable, type Period, type TrainingTable } from './training-table';

export const calibrationMethod = 'poisson-irls-ridge';
const defaultRidge = 1e-3;

export type FitSummary = {
  coefficients: { feature: string; estimate: number; standardError: number }[];
  deviance: number;
  nullDeviance: number;
  pseudoR2: number;
  aic: number;
  n: number;
  events: number;
  periods: Period[];
  iterations: number;
  converged: boolean;
  ridge: number;
  /** Points per unit of fitted log relative risk. */
  scale: number;
};

export type Calibration = { weights: Weights; fit: FitSummary };

/** Fits a table already loaded; throws RangeError when it holds no events. */
export function calibrateOn(table: TrainingTable, ridge = defaultRidge): Calibration {
  if (table.y.length === 0 || table.events === 0)
    throw new RangeError('no tips or findings before that day: nothing to calibrate on');
  const fit: PoissonFit = fitPoisson(table.x, table.y, { ridge });
  const { weights, scale } = weightsFromCoefficients(fit.coefficients);
  return {
    weights,
    fit: {
      coefficients: featureNames.map((feature, j) => ({
        feature,
        estimate: fit.coefficients[j] as number,
        standardError: fit.standardErrors[j] as number,
      })),
      deviance: fit.deviance,
      nullDeviance: fit.nullDeviance,
      pseudoR2: fit.pseudoR2,
      aic: fit.aic,
      n: fit.n,
      events: table.events,
      periods: table.periods,
      iterations: fit.iterations,
      converged: fit.converged,
      ridge,
      scale,
    },
  };
}

/** Loads the history before `before` and fits it. */
export async function calibrate(
  sql: Sql,
  communeCode: string,
  before: string,
  ridge = defaultRidge,
): Promise<Calibration> {
  return calibrateOn(await loadTrainingTable(sql, communeCode, before), ridge);
}
