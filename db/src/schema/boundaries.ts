import { date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { communeRow } from '../columns/commune-code';
import { geometryColumn } from '../columns/geometry';
import { rowRef } from '../columns/row-ref';
import { createdAt } from '../columns/timestamps';
import { formerCommunes } from './communes';
import { villages } from './villages';

// Dated boundaries (hand-written in the migration: drizzle-kit cannot express its exclusion
// constraints). Each outline is valid over [validFrom, validTo); validTo null: still in force.

/** Every outline a village has had, the current one included. */
export const villageBoundaries = pgTable(
  'village_boundaries',
  {
    ...communeRow(),
    villageId: rowRef('village_id', () => villages.id).notNull(),
    name: text('name').notNull(),
    population: integer('population'),
    formerCommuneId: rowRef('former_commune_id', () => formerCommunes.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    geom: geometryColumn('geom', 'MultiPolygon').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('village_boundaries_geom_idx').using('gist', t.geom)],
);

/** Every outline the commune has had. */
export const communeBoundaries = pgTable(
  'commune_boundaries',
  {
    ...communeRow(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    geom: geometryColumn('geom', 'MultiPolygon').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('commune_boundaries_geom_idx').using('gist', t.geom)],
);
