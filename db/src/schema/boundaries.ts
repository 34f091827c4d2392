import { date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { geometryColumn } from '../columns/geometry';
import { communes, formerCommunes } from './communes';
import { villages } from './villages';

// Dated boundaries (migration 0028, hand-written: drizzle-kit cannot express its exclusion
// constraints). Each outline is valid over [validFrom, validTo); validTo null: still in force.

/** Every outline a village has had, the current one included. */
export const villageBoundaries = pgTable(
  'village_boundaries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    villageId: integer('village_id')
      .notNull()
      .references(() => villages.id),
    name: text('name').notNull(),
    population: integer('population'),
    formerCommuneId: integer('former_commune_id').references(() => formerCommunes.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    geom: geometryColumn('geom', 'MultiPolygon').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('village_boundaries_geom_idx').using('gist', t.geom)],
);

/** Every outline the commune has had. */
export const communeBoundaries = pgTable(
  'commune_boundaries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes.communeCode),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    geom: geometryColumn('geom', 'MultiPolygon').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commune_boundaries_geom_idx').using('gist', t.geom)],
);
