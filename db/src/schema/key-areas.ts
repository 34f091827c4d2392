import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { communes } from './communes';
import { keyAreaKind } from './enums';

/** Địa bàn trọng điểm: a polygon or a line with a kind. */
export const keyAreas = pgTable(
  'key_areas',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    kind: keyAreaKind('kind').notNull(),
    name: text('name').notNull(),
    note: text('note'),
    geom: geometryColumn('geom', 'Geometry').notNull(),
  },
  (t) => [
    index('key_areas_geom_idx').using('gist', t.geom),
    index('key_areas_kind_idx').on(t.kind),
  ],
);
