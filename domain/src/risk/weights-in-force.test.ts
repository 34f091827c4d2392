import { describe, expect, it } from 'vitest';
import { defaultWeights } from './factors';
import { weightsInForce } from './weights-in-force';

const stored = (weights: unknown) => ({
  version: 3,
  createdAt: new Date('2026-11-29T10:00:00Z'),
  trainedBefore: '2026-11-29',
  method: 'poisson-irls-ridge',
  weights,
  fit: {},
});

describe('weightsInForce', () => {
  it('falls back to the defaults when no set is stored', () => {
    expect(weightsInForce(null)).toEqual({
      weights: defaultWeights,
      used: { version: null, createdAt: null, source: 'default' },
    });
  });

  it('uses a stored set and names its version', () => {
    const weights = { ...defaultWeights, borderArea: 0 };
    expect(weightsInForce(stored(weights))).toEqual({
      weights,
      used: { version: 3, createdAt: '2026-11-29T10:00:00.000Z', source: 'calibrated' },
    });
  });

  it('refuses a stored set with a negative or missing weight', () => {
    expect(() => weightsInForce(stored({ ...defaultWeights, perTip: -1 }))).toThrow(/set 3/);
    const { seasonMax: _, ...missing } = defaultWeights;
    expect(() => weightsInForce(stored(missing))).toThrow(/set 3/);
  });
});
