import { describe, expect, it } from 'vitest';
import { choicePath } from './export-choice';

describe('the export address a choice asks for', () => {
  it('leaves WGS 84 implicit and names other systems', () => {
    expect(choicePath('businesses', { format: 'gpkg', crs: 4326, xy: null })).toBe(
      '/api/exports/businesses.gpkg',
    );
    expect(choicePath('villages', { format: 'shp.zip', crs: 9210, xy: null })).toBe(
      '/api/exports/villages.shp.zip?crs=EPSG%3A9210',
    );
  });

  it('keeps Google Earth in WGS 84 and X/Y to tables', () => {
    expect(choicePath('businesses', { format: 'kml', crs: 9210, xy: 9210 })).toBe(
      '/api/exports/businesses.kml',
    );
    expect(choicePath('businesses', { format: 'csv', crs: 4326, xy: 9209 })).toBe(
      '/api/exports/businesses.csv?xy=EPSG%3A9209',
    );
  });
});
