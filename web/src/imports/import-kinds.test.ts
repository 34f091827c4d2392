import { describe, expect, it } from 'vitest';
import { importKindsFor, isBoundaryKind } from './import-kinds';

describe('what each role may import', () => {
  it('gives police and culture the registry and key areas, the admin the boundaries', () => {
    expect(importKindsFor('culture')).toEqual(['registry', 'key-areas']);
    expect(importKindsFor('police')).toEqual(['registry', 'key-areas']);
    expect(importKindsFor('admin')).toEqual(['villages', 'commune']);
  });

  it('gives the other roles nothing', () => {
    for (const role of ['leadership', 'health', 'village'] as const) {
      expect(importKindsFor(role)).toEqual([]);
    }
  });

  it('dates only boundaries', () => {
    expect(isBoundaryKind('villages')).toBe(true);
    expect(isBoundaryKind('registry')).toBe(false);
  });
});
