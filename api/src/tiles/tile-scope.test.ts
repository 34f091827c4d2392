import { describe, expect, it } from 'vitest';
import { tileScope } from './tile-scope';

describe('tileScope', () => {
  it.each([
    ['businesses', 'leadership', null, 'all'],
    ['businesses', 'police', null, 'all'],
    ['businesses', 'culture', null, 'all'],
    ['businesses', 'village', 7, 'v7'],
    ['businesses', 'health', null, 'u5'],
    ['tips', 'police', null, 'all'],
    ['tips', 'culture', null, 'u5'],
    ['tips', 'village', 7, 'u5'],
  ] as const)('%s for %s (village %s) is shared as %s', (layer, role, villageId, scope) => {
    expect(tileScope(layer, { id: 5, role, villageId })).toBe(scope);
  });
});
