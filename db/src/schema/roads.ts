import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { communes } from './communes';
import { roadClass } from './enums';

/** Road centre lines, noded at every junction so route planning can build a graph from them. */
export const roads = pgTable(
  'roads',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    class: roadClass('class').notNull(),
    name: text('name'),
    geom: geometryColumn('geom', 'LineString').notNull(),
  },
  (t) => [index('roads_geom_idx').using('gist', t.geom)],
);
