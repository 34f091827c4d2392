import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { communeRow } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { roadClass } from './enums';

/** Road centre lines, noded at every junction so route planning can build a graph from them. */
export const roads = pgTable(
  'roads',
  {
    ...communeRow(),
    class: roadClass('class').notNull(),
    name: text('name'),
    geom: geometryColumn('geom', 'LineString').notNull(),
  },
  (t) => [index('roads_geom_idx').using('gist', t.geom)],
);
