import type { Sql } from '@ntm/db/client';
import {
  addBoundaryVersion,
  type BoundaryMove,
  BoundaryVersionError,
} from '@ntm/db/queries/boundary-versions';
import type { Geometry, MultiPolygon } from 'geojson';
import { ApiError } from '../lib/api-error';
import type { RowOutcome } from './row-outcome';

const multi = (g: Geometry): MultiPolygon =>
  g.type === 'MultiPolygon'
    ? g
    : { type: 'MultiPolygon', coordinates: g.type === 'Polygon' ? [g.coordinates] : [] };

/**
 * Villages or the commune as a new boundary version from `validFrom` (the boundaries' own
 * function: old versions stay, businesses' villages are derived again). A version is a whole
 * set, so a file with a refused row commits nothing: a village left out would end that day.
 */
export async function commitBoundaries(
  sql: Sql,
  communeCode: string,
  kind: 'villages' | 'commune',
  validFrom: string,
  outcomes: readonly RowOutcome[],
  today: string,
): Promise<BoundaryMove[]> {
  const refused = outcomes.filter((o) => o.verdict === 'refused');
  if (refused.length > 0) {
    throw new ApiError(
      422,
      'refused-rows',
      `Còn ${refused.length} dòng bị từ chối (dòng ${refused
        .slice(0, 5)
        .map((o) => o.rowNumber)
        .join(
          ', ',
        )}${refused.length > 5 ? ', …' : ''}): ranh giới là một bộ trọn vẹn, hãy sửa tệp rồi nhập lại`,
      { rows: refused.map((o) => o.rowNumber) },
    );
  }
  const shapes = outcomes.map((o) => ({ o, geometry: multi(o.geometry as Geometry) }));
  try {
    const result = await addBoundaryVersion(
      sql,
      kind === 'villages'
        ? {
            communeCode,
            validFrom,
            villages: shapes.map(({ o, geometry }) => ({
              name: o.values.name as string,
              geometry,
              population: (o.values.population as number | null) ?? null,
              formerCommune: (o.values.formerCommune as string | null) ?? null,
            })),
          }
        : {
            communeCode,
            validFrom,
            commune: {
              type: 'MultiPolygon',
              coordinates: shapes.flatMap((s) => s.geometry.coordinates),
            },
          },
      today,
    );
    return result.moved;
  } catch (error) {
    if (error instanceof BoundaryVersionError)
      throw new ApiError(422, error.reason, error.message, error.details);
    throw error;
  }
}
