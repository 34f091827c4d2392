import { describe, expect, it } from 'vitest';
import { modelVerdict } from './model-verdict';

describe('the model against the plain baseline', () => {
  it('is no better when the hit rates read the same to 0.1 %', () => {
    expect(modelVerdict(0.2889, 0.2889)).toBe('same');
    expect(modelVerdict(0.28891, 0.28889)).toBe('same');
  });

  it('is better or worse by a tenth of a per cent or more', () => {
    expect(modelVerdict(0.3, 0.289)).toBe('better');
    expect(modelVerdict(0.2, 0.289)).toBe('worse');
  });

  it('says nothing when a rate is missing', () => {
    expect(modelVerdict(null, 0.3)).toBeNull();
    expect(modelVerdict(0.3, null)).toBeNull();
  });
});
