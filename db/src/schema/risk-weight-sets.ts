import { date, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { communeRow } from '../columns/commune-code';
import { createdAt } from '../columns/timestamps';

/**
 * The risk model's weights as fitted by `pnpm risk:calibrate`: dated and versioned (the id is
 * the version), never changed after, so a backtest or an old answer can name the set it used.
 * Holds no personal data: the app may read it; only the owner (the CLI) writes it.
 */
export const riskWeightSets = pgTable(
  'risk_weight_sets',
  {
    ...communeRow(),
    createdAt: createdAt(),
    /** The fit saw only data before this day. */
    trainedBefore: date('trained_before').notNull(),
    /** How the weights were made, e.g. 'poisson-irls-ridge'. */
    method: text('method').notNull(),
    /** A Weights object (domain/src/risk/factors.ts). */
    weights: jsonb('weights').notNull(),
    /** Coefficients, standard errors, deviance, AIC and the training table's size. */
    fit: jsonb('fit').notNull(),
  },
  (t) => [index('risk_weight_sets_commune_idx').on(t.communeCode, t.trainedBefore)],
);
