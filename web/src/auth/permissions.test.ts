import { describe, expect, it } from 'vitest';
import { readableDatasets } from './permissions';

describe('readableDatasets', () => {
  it('gives every role the base map', () => {
    for (const role of ['leadership', 'police', 'health', 'culture', 'village', 'admin'] as const) {
      for (const key of ['commune', 'villages', 'keyAreas', 'roads'] as const) {
        expect(readableDatasets(role).has(key)).toBe(true);
      }
    }
  });

  it('keeps businesses from the health station and the administrator', () => {
    expect(readableDatasets('health').has('businesses')).toBe(false);
    expect(readableDatasets('admin').has('businesses')).toBe(false);
    expect(readableDatasets('village').has('businesses')).toBe(true);
    expect(readableDatasets('culture').has('businesses')).toBe(true);
  });
});
