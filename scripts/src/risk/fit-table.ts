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

/** Calibrated points beside the defaults, factor by factor. */
export function formatWeights(weights: Weights): string {
  const rows: [string, number, number][] = [
    ...Object.entries(weights.type).map(
      ([t, v]) =>
        [`type ${t}`, v, defaultWeights.type[t as keyof Weights['type']]] as [
          string,
          number,
          number,
        ],
    ),
    ['border area', weights.borderArea, defaultWeights.borderArea],
    ['traffic route', weights.trafficRoute, defaultWeights.trafficRoute],
    ['tourist area', weights.touristArea, defaultWeights.touristArea],
    ['worker housing', weights.workerHousing, defaultWeights.workerHousing],
    ['per similar nearby', weights.perSimilarNearby, defaultWeights.perSimilarNearby],
    ['similar nearby max', weights.similarNearbyMax, defaultWeights.similarNearbyMax],
    ['per recent tip', weights.perTip, defaultWeights.perTip],
    ['recent tips max', weights.tipsMax, defaultWeights.tipsMax],
    ['violation rate', weights.violationRate, defaultWeights.violationRate],
    ['past violations max', weights.violationsMax, defaultWeights.violationsMax],
    ['registry mismatch', weights.registryMismatch, defaultWeights.registryMismatch],
    ['per season intensity', weights.perSeasonIntensity, defaultWeights.perSeasonIntensity],
    ['season max', weights.seasonMax, defaultWeights.seasonMax],
  ];
  return [
    `${'weight (points)'.padEnd(26)}${'calibrated'.padStart(11)}${'default'.padStart(9)}`,
    ...rows.map(
      ([name, v, d]) => `${name.padEnd(26)}${v.toFixed(2).padStart(11)}${d.toFixed(2).padStart(9)}`,
    ),
  ].join('\n');
}
