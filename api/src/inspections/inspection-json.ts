import type { InspectionRow } from '@ntm/db/queries/inspections';
import type { Feature, Point } from 'geojson';

export type InspectionProperties = Omit<InspectionRow, 'lngLat' | 'result'> & {
  /** Null until the inspection is recorded. */
  result: string | null;
};

/** A row as the GeoJSON Feature the API answers with; a scheduled one has no result yet. */
export function inspectionFeature(row: InspectionRow): Feature<Point, InspectionProperties> & {
  id: number;
} {
  const { lngLat, result, ...rest } = row;
  return {
    type: 'Feature',
    id: row.id,
    geometry: { type: 'Point', coordinates: lngLat },
    properties: { ...rest, result: row.status === 'recorded' ? result : null },
  };
}
