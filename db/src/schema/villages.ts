import { date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { communeRow } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { rowRef } from '../columns/row-ref';
import { formerCommunes } from './communes';

/**
 * Thôn: the unit of local management and of edit permission. `geom` is the outline in force
 * today (null while the village has none: merged away, or not yet formed); every outline it
 * ever had is in `village_boundaries`.
 */
export const villages = pgTable(
  'villages',
  {
    ...communeRow(),
    formerCommuneId: rowRef('former_commune_id', () => formerCommunes.id),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    population: integer('population'),
    geom: geometryColumn('geom', 'MultiPolygon'),
    /** The village's own life: its first version's start ('-infinity': before the app knew) and its last one's end. */
    validFrom: date('valid_from').notNull().default('-infinity'),
    validTo: date('valid_to'),
  },
  (t) => [
    index('villages_geom_idx').using('gist', t.geom),
    uniqueIndex('villages_commune_slug_idx').on(t.communeCode, t.slug),
  ],
);
