import { describe, expect, it } from 'vitest';
import type { RowFeatures } from '../api/import-client';
import { rowsBounds } from './import-rows.layer';

const feature = (geometry: RowFeatures['features'][number]['geometry']) => ({
  type: 'Feature' as const,
  geometry,
  properties: { rowNumber: 2, verdict: 'new' as const, name: 'A', problems: [] },
});

describe('the preview map’s bounds', () => {
  it('spans points and polygons alike', () => {
    const rows: RowFeatures = {
      type: 'FeatureCollection',
      features: [
        feature({ type: 'Point', coordinates: [106.24, 20.72] }),
        feature({
          type: 'Polygon',
          coordinates: [
            [
              [106.2, 20.7],
              [106.3, 20.7],
              [106.3, 20.75],
              [106.2, 20.7],
            ],
          ],
        }),
      ],
    };
    expect(rowsBounds(rows)).toEqual([
      [106.2, 20.7],
      [106.3, 20.75],
    ]);
  });

  it('has none for a file with no geometry', () => {
    expect(rowsBounds({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});
