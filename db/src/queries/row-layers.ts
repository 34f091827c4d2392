// Tips and inspections as their rows are read for the API to build their Features (tipColumns,
// inspectionColumns): the joins those columns need, the commune's rows, each record's own time.
// The OGC items pages and the layer exports both take their rows from here.
import type postgres from 'postgres';
import type { Sql } from '../client';
import { inspectionColumns } from './inspections';
import { tipColumns } from './tips';

/** Layers whose Features the API builds from rows (deadlines, findings, no reporter). */
export type RowLayer = 'tips' | 'inspections';

export type RowLayerSource = {
  from: postgres.Fragment;
  id: postgres.Fragment;
  geom: postgres.Fragment;
  where: postgres.Fragment;
  /** When the tip came in, when the inspection started. */
  time: postgres.Fragment;
  columns: postgres.Fragment;
};

export function rowLayerSource(sql: Sql, layer: RowLayer, communeCode: string): RowLayerSource {
  if (layer === 'tips') {
    return {
      from: sql`tips t left join businesses b on b.id = t.business_id`,
      id: sql`t.id`,
      geom: sql`t.geom`,
      where: sql`t.commune_code = ${communeCode}`,
      time: sql`t.received_at`,
      columns: tipColumns(sql),
    };
  }
  return {
    from: sql`inspections i left join businesses b on b.id = i.business_id left join users u on u.id = i.recorded_by`,
    id: sql`i.id`,
    geom: sql`i.geom`,
    where: sql`i.commune_code = ${communeCode}`,
    time: sql`i.started_at`,
    columns: inspectionColumns(sql),
  };
}
