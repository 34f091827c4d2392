import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { communeRow } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { keyAreaKind } from './enums';

/** Địa bàn trọng điểm: a polygon or a line with a kind. */
export const keyAreas = pgTable(
  'key_areas',
  {
    ...communeRow(),
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
