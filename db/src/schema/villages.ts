import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { communes, formerCommunes } from './communes';

/** Thôn: the unit of local management and of edit permission. */
export const villages = pgTable(
  'villages',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    formerCommuneId: integer('former_commune_id').references(() => formerCommunes.id),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    population: integer('population'),
    geom: geometryColumn('geom', 'MultiPolygon').notNull(),
  },
  (t) => [
    index('villages_geom_idx').using('gist', t.geom),
    uniqueIndex('villages_commune_slug_idx').on(t.communeCode, t.slug),
  ],
);
