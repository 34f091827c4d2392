import type { FitSummary } from '@ntm/domain/risk/calibrate';
import { defaultWeights, type Weights } from '@ntm/domain/risk/factors';

const fixed = (n: number, digits = 3) => n.toFixed(digits).padStart(9);

/** The fit as a table a person reads: coefficients with standard errors, then the fit's size. */
export function formatFit(fit: FitSummary): string {
  const lines = [
    `Poisson GLM (IRLS, ridge ${fit.ridge}) of independent tips + findings per business and quarter`,
    `periods ${fit.periods[0]?.name ?? '–'} … ${fit.periods.at(-1)?.name ?? '–'} (${fit.periods.length}), n = ${fit.n} rows, ${fit.events} events`,
    '',
    `${'feature'.padEnd(24)}${'estimate'.padStart(9)}${'std.err'.padStart(9)}${'z'.padStart(9)}  exp(β)`,
  ];
  for (const c of fit.coefficients) {
    const z = c.standardError > 0 ? c.estimate / c.standardError : 0;
    lines.push(
      `${c.feature.padEnd(24)}${fixed(c.estimate)}${fixed(c.standardError)}${fixed(z, 2)}  ${Math.exp(c.estimate).toFixed(3)}`,
    );
  }
  lines.push(
    '',
    `deviance ${fit.deviance.toFixed(1)} on ${fit.n - fit.coefficients.length} df; null deviance ${fit.nullDeviance.toFixed(1)} on ${fit.n - 1} df`,
    `pseudo-R² (1 − dev/null) ${fit.pseudoR2.toFixed(4)}; AIC ${fit.aic.toFixed(1)}; ${fit.iterations} IRLS iterations${fit.converged ? '' : ' (NOT converged)'}`,
    `points per unit of log relative risk: ${fit.scale.toFixed(2)}`,
  );
  return lines.join('\n');
}

/** The points of the table below, in its order, with the name each has there. */
const pointWeights: [Exclude<keyof Weights, 'type'>, string][] = [
  ['borderArea', 'border area'],
  ['trafficRoute', 'traffic route'],
  ['touristArea', 'tourist area'],
  ['workerHousing', 'worker housing'],
  ['perSimilarNearby', 'per similar nearby'],
  ['similarNearbyMax', 'similar nearby max'],
  ['perTip', 'per recent tip'],
  ['tipsMax', 'recent tips max'],
  ['violationRate', 'violation rate'],
  ['violationsMax', 'past violations max'],
  ['registryMismatch', 'registry mismatch'],
  ['perSeasonIntensity', 'per season intensity'],
  ['seasonMax', 'season max'],
];

/** Calibrated points beside the defaults, factor by factor. */
export function formatWeights(weights: Weights): string {
  const types = Object.keys(weights.type) as (keyof Weights['type'])[];
  const rows: [string, number, number][] = [
    ...types.map((t): [string, number, number] => [
      `type ${t}`,
      weights.type[t],
      defaultWeights.type[t],
    ]),
    ...pointWeights.map(([key, name]): [string, number, number] => [
      name,
      weights[key],
      defaultWeights[key],
    ]),
  ];
  return [
    `${'weight (points)'.padEnd(26)}${'calibrated'.padStart(11)}${'default'.padStart(9)}`,
    ...rows.map(
      ([name, v, d]) => `${name.padEnd(26)}${v.toFixed(2).padStart(11)}${d.toFixed(2).padStart(9)}`,
    ),
  ].join('\n');
}
