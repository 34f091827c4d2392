import type { StoredWeightSet } from '@ntm/db/queries/risk-weights';
import { z } from 'zod';
import { defaultWeights, type Weights } from './factors';

const points = z.number().finite().nonnegative();
const positive = z.number().finite().positive();

/** A stored set must be a whole Weights object with no negative points (see training-features). */
const weightsSchema = z.object({
  type: z.object({
    massage: points,
    karaoke: points,
    lodging: points,
    'short-term-rental': points,
    'bar-cafe': points,
    other: points,
  }),
  borderArea: points,
  trafficRoute: points,
  touristArea: points,
  workerHousing: points,
  decayMeters: positive,
  perSimilarNearby: points,
  similarNearbyMax: points,
  perTip: points,
  tipHalfLifeDays: positive,
  tipsMax: points,
  violationRate: points,
  violationHalfLifeDays: positive,
  violationsMax: points,
  registryMismatch: points,
  perSeasonIntensity: points,
  seasonMax: points,
}) satisfies z.ZodType<Weights>;

/** Which weights scored an answer, as the answer states it. */
export type WeightsUsed = {
  version: number | null;
  createdAt: string | null;
  source: 'default' | 'calibrated';
};

/**
 * The stored set's weights, or the documented defaults when there is none. A stored set that
 * is not a valid Weights object is a broken database, not bad input: it throws.
 */
export function weightsInForce(stored: StoredWeightSet | null): {
  weights: Weights;
  used: WeightsUsed;
} {
  if (!stored)
    return { weights: defaultWeights, used: { version: null, createdAt: null, source: 'default' } };
  const parsed = weightsSchema.safeParse(stored.weights);
  if (!parsed.success)
    throw new Error(
      `weight set ${stored.version} is not a valid Weights object: ${parsed.error.message}`,
    );
  return {
    weights: parsed.data,
    used: {
      version: stored.version,
      createdAt: new Date(stored.createdAt).toISOString(),
      source: 'calibrated',
    },
  };
}
